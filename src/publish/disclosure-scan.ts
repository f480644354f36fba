import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../data/load/dataset.ts";
import { auditDisclosure } from "../data/privacy/audit.ts";
import {
  type LinearRelation,
  shareRelations,
  sumRelation,
  type Withheld,
} from "../data/privacy/relations.ts";
import { OUTSIDE } from "../data/schemas/ladder.ts";
import { ladderSteps, MOVEMENT_KINDS } from "../data/transform/ladder.ts";
import type { Finding } from "./scan-output.ts";

/**
 * The attacker's audit once more, on what the built site actually prints rather than on the
 * pipeline's model: the ladder downloads, the movement totals in the flow chart's text, and the goal
 * shares in the figure CSVs at the precision they are printed with. If a page or file prints more
 * than the model allowed for (a share with three decimals, a movement total that was withheld),
 * the audit finds the cell it reopens and the build stops, naming the file.
 */
export function disclosureFindings(root: string, data: Dataset): Finding[] {
  const stocksFile = join(root, "data/indsatstrappe-borgere.csv");
  const flowsFile = join(root, "data/indsatstrappe-bevaegelser.csv");
  if (!existsSync(stocksFile) || !existsSync(flowsFile)) return [];
  const values: number[] = [];
  const withheld: Withheld[] = [];
  const names: string[] = [];
  const source: string[] = [];
  const index = new Map<string, number>();
  const relations: LinearRelation[] = [];
  const cell = (name: string, shown: string, real: number, file: string) => {
    const existing = index.get(name);
    if (existing !== undefined) return existing;
    index.set(name, values.length);
    names.push(name);
    source.push(file);
    values.push(real);
    withheld.push(isWithheld(shown) ? (/^under/.test(shown) ? "small" : "complementary") : false);
    if (!isWithheld(shown) && Number(shown.replace(/\./g, "")) !== real)
      throw new Error(`${file}: ${name} is printed as ${shown}, but the data says ${real}`);
    return values.length - 1;
  };
  const realStock = new Map(
    data.ladder.stocks.map((s) => [`${s.area} ${s.step_id} ${s.period}`, s.citizens]),
  );
  const realFlow = new Map(
    data.ladder.flows.map((f) => [`${f.area} ${f.period} ${f.from_step} ${f.to_step}`, f.citizens]),
  );
  for (const row of readCsv(stocksFile, ","))
    cell(
      `stock ${row.area} ${row.step_id} ${row.period}`,
      row.citizens ?? "",
      realStock.get(`${row.area} ${row.step_id} ${row.period}`) ?? 0,
      "data/indsatstrappe-borgere.csv",
    );
  for (const row of readCsv(flowsFile, ","))
    cell(
      `flow ${row.area} ${row.period} ${row.from_step} ${row.to_step}`,
      row.citizens ?? "",
      realFlow.get(`${row.area} ${row.period} ${row.from_step} ${row.to_step}`) ?? 0,
      "data/indsatstrappe-bevaegelser.csv",
    );
  const at = (name: string) => index.get(name);
  for (const area of data.site.areas) {
    const steps = ladderSteps(data.ladder, area.id).map((s) => s.step_id);
    if (steps.length === 0) continue;
    const years = [
      ...new Set(data.ladder.stocks.filter((s) => s.area === area.id).map((s) => s.period)),
    ].sort();
    for (const year of years) {
      const parts = steps.flatMap((id) => at(`stock ${area.id} ${id} ${year}`) ?? []);
      // The year's total: not necessarily printed, but the reader knows the steps add up to it.
      const total = cell(
        `total ${area.id} ${year}`,
        "skjult",
        parts.reduce((s, i) => s + (values[i] ?? 0), 0),
        IMPLIED,
      );
      relations.push(sumRelation(parts, total));
      if (year === years[0]) continue;
      for (const id of steps) {
        const row = [...steps, OUTSIDE.exit].flatMap((t) => at(`flow ${area.id} ${year} ${id} ${t}`) ?? []);
        const column = [OUTSIDE.entry, ...steps].flatMap(
          (f) => at(`flow ${area.id} ${year} ${f} ${id}`) ?? [],
        );
        const before = at(`stock ${area.id} ${id} ${year - 1}`);
        const after = at(`stock ${area.id} ${id} ${year}`);
        if (before !== undefined) relations.push(sumRelation(row, before));
        if (after !== undefined) relations.push(sumRelation(column, after));
      }
    }
    movementTotals(root, area.id, steps, cell, at, relations, values);
    goalShares(root, area.id, area.ladderGoal?.lowerSteps ?? [], at, relations);
  }
  // Totals the site does not print are unknowns to the reader, not cells to protect.
  const printed = names.flatMap((_, i) => (withheld[i] && source[i] !== IMPLIED ? [i] : []));
  const report = auditDisclosure({ values, relations, withheld, threshold: data.threshold, only: printed });
  return report.findings.map((finding) => ({
    file: source[finding.cell] ?? "dist",
    check: "small-count" as const,
    found: `${names[finding.cell]} (shown as ${finding.reason === "small" ? "under" : "skjult"}) can be narrowed from what the site prints: it can no longer be ${finding.missing}`,
  }));
}

const IMPLIED = "(implied by the sums)";

const isWithheld = (text: string) => /^under|^skjult$|^et skjult antal$/.test(text.trim());

function readCsv(file: string, separator: string): Record<string, string>[] {
  const lines = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "" && !line.startsWith("#"));
  const [header = "", ...rows] = lines;
  const columns = header.split(separator);
  return rows.map((row) =>
    Object.fromEntries(row.split(separator).map((value, i) => [columns[i] ?? "", value])),
  );
}

/** The flow chart's text alternative states the year's movement totals. */
function movementTotals(
  root: string,
  area: string,
  steps: readonly string[],
  cell: (name: string, shown: string, real: number, file: string) => number,
  at: (name: string) => number | undefined,
  relations: LinearRelation[],
  values: readonly number[],
) {
  const file = `indsatstrappe/${area}/index.html`;
  const path = join(root, file);
  if (!existsSync(path)) return;
  const text = readFileSync(path, "utf8").replaceAll("\u00a0", " ");
  const value = "(under \\d+|skjult|[\\d.]+)";
  const said = new RegExp(
    `i (\\d{4})\\. ${value} ned ad trappen, ${value} op ad trappen, ${value} blev på trinnet, ${value} kom ind, ${value} gik ud`,
  ).exec(text);
  if (!said) return;
  const year = Number(said[1]);
  const kindOf = (f: string, t: string) => {
    if (f === OUTSIDE.entry) return "entered";
    if (t === OUTSIDE.exit) return "left";
    const d = steps.indexOf(t) - steps.indexOf(f);
    return d < 0 ? "down" : d > 0 ? "up" : "stayed";
  };
  MOVEMENT_KINDS.forEach((kind, k) => {
    const parts = [OUTSIDE.entry, ...steps].flatMap((f) =>
      [...steps, OUTSIDE.exit].flatMap((t) =>
        kindOf(f, t) === kind ? (at(`flow ${area} ${year} ${f} ${t}`) ?? []) : [],
      ),
    );
    const total = cell(
      `movement ${area} ${year} ${kind}`,
      said[k + 2] ?? "",
      parts.reduce((s, i) => s + (values[i] ?? 0), 0),
      file,
    );
    relations.push(sumRelation(parts, total));
  });
}

/** The goal's share on the lower steps, as its figure CSV prints it (decimals as printed). */
function goalShares(
  root: string,
  area: string,
  lower: readonly string[],
  at: (name: string) => number | undefined,
  relations: LinearRelation[],
) {
  const path = join(root, `csv/${area}-maal.csv`);
  if (!existsSync(path) || lower.length === 0) return;
  for (const row of readCsv(path, ";")) {
    const year = row.År;
    const printed = Object.entries(row).find(([key]) => key.startsWith("Andel"))?.[1];
    const total = at(`total ${area} ${year}`);
    if (!year || !printed || total === undefined) continue;
    const decimals = printed.split(",")[1]?.length ?? 0;
    const numerator = lower.flatMap((id) => at(`stock ${area} ${id} ${year}`) ?? []);
    relations.push(...shareRelations(numerator, [total], Number(printed.replace(",", ".")) / 100, decimals));
  }
}
