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
  return grid([[...headers, "ours/theirs"], ...lines]);
}

/** Rows of cells as aligned columns: the first column (labels) to the left, figures to the right. */
export function grid(rows: readonly (readonly string[])[]): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  return rows
    .map((row) =>
      row
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
  /** The limit is a goal to reach (a score), not a ceiling. */
  atLeast?: boolean;
  /** Decimals of the figure and its limit: by default one for the figure, none for the limit. */
  digits?: number;
}

/** One PASS/FAIL line per budget. */
export function budgets(list: readonly Budget[]): { text: string; passed: boolean } {
  const passes = ({ value, limit, atLeast }: Budget) => (atLeast ? value >= limit : value <= limit);
  const lines = list.map((budget) => {
    const { label, value, limit, unit, atLeast, digits } = budget;
    const shown = format(limit, digits ?? 0);
    const bound = atLeast ? `goal ≥ ${shown}` : `budget ≤ ${shown}`;
    return `${passes(budget) ? "PASS" : "FAIL"}  ${label}: ${format(value, digits ?? 1)} ${unit} (${bound} ${unit})`;
  });
  return { text: lines.join("\n"), passed: list.every(passes) };
}
