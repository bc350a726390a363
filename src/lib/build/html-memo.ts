/** Everything but the item that a component renders from: plain values, so they can name its HTML. */
export type MemoProps = Readonly<Record<string, string | number | boolean | undefined>>;

/** The HTML rendered for each item by one component given the same props. */
export type HtmlMemo = WeakMap<object, Promise<string>>;

// One table per component and props (a handful in all), rather than one per item: a site of 50,000
// papers would otherwise keep 50,000 small maps alive for the whole build, for the garbage collector.
const memos = new WeakMap<object, Map<string, HtmlMemo>>();

/**
 * Where the HTML that `component` renders with `props` is remembered: the same component given
 * other props (or another component) never shares it, so no page gets HTML rendered for another.
 */
export function htmlMemo(component: object, props: MemoProps): HtmlMemo {
  let byProps = memos.get(component);
  if (!byProps) {
    byProps = new Map();
    memos.set(component, byProps);
  }
  const key = JSON.stringify(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)));
  let memo = byProps.get(key);
  if (!memo) {
    memo = new WeakMap();
    byProps.set(key, memo);
  }
  return memo;
}

/**
 * The HTML that `render` gives for `item`: rendered the first time it is asked for in `memo`, then
 * remembered for as long as `item` lives, so that every later page showing the same item reuses it.
 */
export function renderedOnce(
  memo: HtmlMemo,
  item: object,
  render: () => Promise<unknown>,
): Promise<string> {
  let html = memo.get(item);
  if (!html) {
    html = render().then(flatString);
    memo.set(item, html);
  }
  return html;
}

// Rendered HTML is a rope of the many small strings it was concatenated from, which V8 walks again
// each time the rope is joined into a page. A string decoded from bytes is one flat run of characters.
function flatString(value: unknown): string {
  return Buffer.from(String(value)).toString();
}
