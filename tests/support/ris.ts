/**
 * The records of an RIS file as lists of [tag, value], read by the format's rules: CR LF line ends,
 * `XY  - value` lines, a record ended by `ER  - `. Throws on any other line, so that a value broken
 * over two lines or a record left open fails the test that reads it.
 */
export function risRecords(text: string): [string, string][][] {
  const records: [string, string][][] = [];
  let record: [string, string][] = [];
  for (const line of text.split("\r\n")) {
    if (line === "") continue;
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!match) throw new Error(`not an RIS line: ${JSON.stringify(line)}`);
    const [, tag = "", value = ""] = match;
    if (tag === "ER") {
      records.push(record);
      record = [];
    } else {
      record.push([tag, value]);
    }
  }
  if (record.length > 0) throw new Error("a record does not end with ER");
  return records;
}
