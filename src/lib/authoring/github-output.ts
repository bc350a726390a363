const NAME = /^[A-Za-z_][\w-]*$/;

/**
 * The `name=value` lines a step appends to `$GITHUB_OUTPUT`. Values are one line each: a line break
 * in one would let it set other outputs, so it throws instead.
 */
export function formatGithubOutput(
  values: Readonly<Record<string, string | number | boolean>>,
): string {
  return Object.entries(values)
    .map(([name, value]) => {
      const text = String(value);
      if (!NAME.test(name)) throw new Error(`not a step output name: ${JSON.stringify(name)}`);
      if (/[\r\n]/.test(text)) throw new Error(`the output ${name} must be one line`);
      return `${name}=${text}\n`;
    })
    .join("");
}
