// Prints bench figures as aligned tables, ours beside another's with the ratio, and budgets as
// PASS/FAIL lines.

/** One row: a measure, our figure, the other figure (if any), and how it is written. */
export interface Row {
  label: string;
  ours: number | undefined;
  theirs?: number | undefined;
  digits?: number;
}

const format = (value: number | undefined, digits: number) =>
  value === undefined || Number.isNaN(value)
    ? "—"
    : value.toLocaleString("en-US", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });

/** A table of rows with a ratio column where both figures exist. */
export function table(headers: [string, string, string], rows: readonly Row[]): string {
  const lines = rows.map(({ label, ours, theirs, digits = 1 }) => {
    const ratio =
      ours !== undefined && theirs !== undefined && theirs > 0
        ? `${(ours / theirs).toFixed(2)}×`
        : "—";
    return [label, format(ours, digits), format(theirs, digits), ratio];
  });
  const all = [[...headers, "ours/theirs"], ...lines];
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...all.map((line) => (line[column] ?? "").length)),
  );
  return all
    .map((line) =>
      line
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join("  "),
    )
    .join("\n");
}

/** A budget: what is measured, its limit and the figure. */
export interface Budget {
  label: string;
  value: number;
  limit: number;
  unit: string;
}

/** One PASS/FAIL line per budget. */
export function budgets(list: readonly Budget[]): { text: string; passed: boolean } {
  const lines = list.map(({ label, value, limit, unit }) => {
    const pass = value <= limit;
    return `${pass ? "PASS" : "FAIL"}  ${label}: ${format(value, 1)} ${unit} (budget ≤ ${format(limit, 0)} ${unit})`;
  });
  return {
    text: lines.join("\n"),
    passed: list.every(({ value, limit }) => value <= limit),
  };
}
