import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Every shown quantity carries its identity in the HTML:
 * `<data value="149" data-quantity="born-familie/anbringelser" data-period="2026-10">149</data>`.
 * The build collects them from every page and fails when one quantity in one period has two values.
 */
export interface RenderedQuantity {
  page: string;
  /** Shown by a recorded briefing (data-recorded): may be an old number the data-quality page lists as revised. */
  recorded?: boolean;
  quantity: string;
  period: string;
  value: string;
}

export interface Conflict {
  quantity: string;
  period: string;
  first: RenderedQuantity;
  second: RenderedQuantity;
}

const DATA_TAG = /<data\b[^>]*\bdata-quantity="([^"]+)"[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The quantities one page shows; a withheld value (no value attribute) is left out. */
export function collectQuantities(page: string, html: string): RenderedQuantity[] {
  return [...html.matchAll(DATA_TAG)].flatMap((match) => {
    const tag = match[0];
    const value = attribute(tag, "value");
    const period = attribute(tag, "data-period");
    if (value === undefined || value === "" || period === undefined) return [];
    const quantity = { page, quantity: match[1] ?? "", period, value: normalise(value) };
    return [attribute(tag, "data-recorded") === undefined ? quantity : { ...quantity, recorded: true }];
  });
}

/** Values are compared to 6 significant digits, so 0.1 + 0.2 and 0.3 are one number. */
function normalise(value: string): string {
  const number = Number(value);
  return Number.isFinite(number) ? String(Number(number.toPrecision(6))) : value;
}

const REVISION_TAG = /<data\b[^>]*\bdata-revision="([^"]+)"[^>]*>/g;

/** The revisions a page lists (the data-quality page): "quantity@period=published value". */
export function collectRevisions(html: string): Set<string> {
  return new Set(
    [...html.matchAll(REVISION_TAG)].map(
      (m) => `${m[1]}@${attribute(m[0], "data-period")}=${normalise(attribute(m[0], "value") ?? "")}`,
    ),
  );
}

/**
 * Every (quantity, period) shown with two different values, naming a page for each. A recorded
 * briefing's old number is no conflict when the data-quality page lists it as revised.
 */
export function findConflicts(
  quantities: readonly RenderedQuantity[],
  revised: ReadonlySet<string> = new Set(),
): Conflict[] {
  const first = new Map<string, RenderedQuantity>();
  const conflicts = new Map<string, Conflict>();
  const explained = (q: RenderedQuantity) =>
    q.recorded === true && revised.has(`${q.quantity}@${q.period}=${q.value}`);
  for (const q of quantities.filter((q) => !explained(q))) {
    const key = `${q.quantity}@${q.period}`;
    const seen = first.get(key);
    if (!seen) first.set(key, q);
    else if (seen.value !== q.value && !conflicts.has(`${key}=${q.value}`))
      conflicts.set(`${key}=${q.value}`, { quantity: q.quantity, period: q.period, first: seen, second: q });
  }
  return [...conflicts.values()];
}

/** Reads every HTML page under the output folder and returns the conflicts. */
export function checkConsistency(root: string): { quantities: number; conflicts: Conflict[] } {
  const pages = htmlFiles(root).map((file) => ({
    page: relative(root, file),
    html: readFileSync(file, "utf8"),
  }));
  const quantities = pages.flatMap(({ page, html }) => collectQuantities(page, html));
  const revised = new Set(pages.flatMap(({ html }) => [...collectRevisions(html)]));
  return { quantities: quantities.length, conflicts: findConflicts(quantities, revised) };
}

export function formatConflicts(conflicts: readonly Conflict[]): string {
  return conflicts
    .map(
      (c) =>
        `  - ${c.quantity} (${c.period}): ${c.first.value} on ${c.first.page}, but ${c.second.value} on ${c.second.page}`,
    )
    .join("\n");
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith(".html") ? [path] : [];
  });
}
