import { parse } from "csv-parse/sync";
import { z } from "zod";

/** What StatBank writes for a missing or confidential cell (and what others write: ".", "x", "-", ""). */
const MISSING = new Set(["..", ".", "x", "X", "-", ""]);

/**
 * A cell as a number: `..` and the other missing marks are null, a Danish decimal comma is read as a
 * decimal point ("12,5" = 12.5). Throws on anything else, naming the cell.
 */
export function statbankNumber(cell: string): number | null {
  const text = cell.trim();
  if (MISSING.has(text)) return null;
  if (!/^-?\d+([.,]\d+)?$/.test(text)) throw new Error(`expected a number, ".." or empty; found "${cell}"`);
  return Number(text.replace(",", "."));
}

export interface StatbankCsv {
  /** Variable ids as the header writes them (e.g. OMRÅDE, TID), then INDHOLD. */
  header: string[];
  rows: Record<string, string>[];
}

/** A StatBank CSV body (bytes or text): BOM, `;` separator, CRLF or LF line ends, a header row. */
export function parseStatbankCsv(body: string | Uint8Array): StatbankCsv {
  const text = (typeof body === "string" ? body : new TextDecoder("utf-8").decode(body)).replace(
    /^\uFEFF/,
    "",
  );
  const records = parse(text, {
    delimiter: ";",
    relax_column_count: false,
    skip_empty_lines: true,
  }) as string[][];
  const [header = [], ...data] = records;
  if (!header.includes("INDHOLD"))
    throw new Error(`expected a StatBank CSV with an INDHOLD column; found header "${header.join(";")}"`);
  return {
    header,
    rows: data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]))),
  };
}

export interface StatbankTime {
  year: number;
  quarter?: number;
  month?: number;
}

/** "2024", "2024K1" (da) / "2024Q1" (en), "2024M01": the time codes of the API. */
export function parseTime(code: string): StatbankTime {
  const match = /^(\d{4})(?:([KQ])([1-4])|M(0[1-9]|1[0-2]))?$/.exec(code.trim());
  if (!match) throw new Error(`expected a time code like 2024, 2024K1 or 2024M01; found "${code}"`);
  const year = Number(match[1]);
  if (match[3]) return { year, quarter: Number(match[3]) };
  if (match[4]) return { year, month: Number(match[4]) };
  return { year };
}

/** tableinfo's answer, the parts the loader uses. */
export const TableInfo = z.object({
  id: z.string(),
  text: z.string(),
  unit: z.string().optional(),
  updated: z.string(),
  variables: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      elimination: z.boolean(),
      time: z.boolean(),
      values: z.array(z.object({ id: z.string(), text: z.string() })),
    }),
  ),
});
export type TableInfo = z.output<typeof TableInfo>;

/**
 * The variable that holds municipalities: the one whose value ids include most of the 3-digit
 * municipality codes (OMRÅDE in REGK31, ADMKOM in UND2, KOMK in BY2 …). Undefined when none does.
 */
export function areaVariable(info: TableInfo, municipalityCodes: readonly number[]): string | undefined {
  const wanted = new Set(municipalityCodes.map((c) => String(c).padStart(3, "0")));
  let best: { id: string; hits: number } | undefined;
  for (const variable of info.variables) {
    if (variable.time) continue;
    const hits = variable.values.filter((v) => wanted.has(v.id.padStart(3, "0"))).length;
    if (hits > (best?.hits ?? 0)) best = { id: variable.id, hits };
  }
  return best && best.hits >= Math.ceil(wanted.size * 0.9) ? best.id : undefined;
}

/** The time variable's id (Tid in tableinfo; the CSV header writes TID). */
export function timeVariable(info: TableInfo): string {
  return info.variables.find((v) => v.time)?.id ?? "Tid";
}
