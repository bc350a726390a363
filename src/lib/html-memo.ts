const rendered = new WeakMap<object, Map<string, Promise<string>>>();

/**
 * The HTML that `render` gives for `item` as `variant`: rendered the first time it is asked for, then
 * remembered for as long as `item` lives, so that every later page showing the same item reuses it.
 */
export function renderedOnce(
  item: object,
  variant: string,
  render: () => Promise<unknown>,
): Promise<string> {
  let variants = rendered.get(item);
  if (!variants) {
    variants = new Map();
    rendered.set(item, variants);
  }
  let html = variants.get(variant);
  if (!html) {
    html = render().then(flatString);
    variants.set(variant, html);
  }
  return html;
}

// Rendered HTML is a rope of the many small strings it was concatenated from, which V8 walks again
// each time the rope is joined into a page. A string decoded from bytes is one flat run of characters.
function flatString(value: unknown): string {
  return Buffer.from(String(value)).toString();
}
