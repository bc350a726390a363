// One table per variant (a handful in all), rather than one per item: a site of 50,000 papers would
// otherwise keep 50,000 small maps alive for the whole build, for the garbage collector to walk.
const renderedByVariant = new Map<string, WeakMap<object, Promise<string>>>();

/**
 * The HTML that `render` gives for `item` as `variant`: rendered the first time it is asked for, then
 * remembered for as long as `item` lives, so that every later page showing the same item reuses it.
 */
export function renderedOnce(
  item: object,
  variant: string,
  render: () => Promise<unknown>,
): Promise<string> {
  let rendered = renderedByVariant.get(variant);
  if (!rendered) {
    rendered = new WeakMap();
    renderedByVariant.set(variant, rendered);
  }
  let html = rendered.get(item);
  if (!html) {
    html = render().then(flatString);
    rendered.set(item, html);
  }
  return html;
}

// Rendered HTML is a rope of the many small strings it was concatenated from, which V8 walks again
// each time the rope is joined into a page. A string decoded from bytes is one flat run of characters.
function flatString(value: unknown): string {
  return Buffer.from(String(value)).toString();
}
