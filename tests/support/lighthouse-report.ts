import type { Result } from "lighthouse";

/** A category's score out of 100, or `undefined` when Lighthouse could not score it. */
export function categoryScore(lhr: Result, category: string): number | undefined {
  const score = lhr.categories[category]?.score;
  return typeof score === "number" ? Math.round(score * 100) : undefined;
}

/**
 * Every audit that costs `category` points, each with what it found at fault, so that a failing
 * gate says what to fix: `[seo] meta-description: Document does not have a meta description`.
 */
export function failingAudits(lhr: Result, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
    const found = [audit.explanation, audit.displayValue, ...auditItems(audit.details)]
      .filter((line) => line)
      .map((line) => `\n    ${line}`);
    return [`[${category}] ${audit.id}: ${audit.title}${found.join("")}`];
  });
}

const SHOWN_ITEMS = 10;

function auditItems(details: Result["audits"][string]["details"]): string[] {
  const items = details && "items" in details && Array.isArray(details.items) ? details.items : [];
  const lines = items.slice(0, SHOWN_ITEMS).map((item: unknown) => describeValue(item));
  if (items.length > SHOWN_ITEMS) lines.push(`…and ${items.length - SHOWN_ITEMS} more`);
  return lines;
}

// Table items hold DOM nodes, source locations, URLs and plain values; each is shown as a person
// looking for it in the page or its code would search for it.
function describeValue(value: unknown): string {
  if (typeof value !== "object" || value === null) return String(value);
  const record = value as Record<string, unknown>;
  switch (record["type"]) {
    case "node":
      return [record["selector"], record["snippet"], record["explanation"]]
        .filter((part) => typeof part === "string" && part)
        .join(" ");
    case "source-location":
      return `${String(record["url"])}:${Number(record["line"]) + 1}:${Number(record["column"]) + 1}`;
    case "url":
    case "code":
    case "text":
    case "numeric":
      return String(record["value"]);
    default:
      return Object.entries(record)
        .filter(([key]) => key !== "subItems" && key !== "debugData")
        .map(([key, field]) => `${key}: ${describeValue(field)}`)
        .join("; ");
  }
}
