import { SaxesParser } from "saxes";

/**
 * The first well-formedness error in an XML document, with its position, or `true` when there is
 * none: a strict, namespace-aware parser's verdict, which a feed reader's would not be kinder than.
 */
export function xmlWellFormedness(xml: string): true | string {
  const parser = new SaxesParser({ xmlns: true });
  let firstError: string | undefined;
  parser.on("error", (error) => {
    firstError ??= error.message;
  });
  parser.write(xml).close();
  return firstError ?? true;
}
