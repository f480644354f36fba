import type { ParsedTable } from "../load/csv.ts";
import type { DataIssue } from "../load/issues.ts";
import { type LadderFlowRow, type LadderStepRow, type LadderStockRow, OUTSIDE } from "../schemas/ladder.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { findDuplicateKeys, findUnknownIds } from "./common.ts";

export interface LadderTables {
  steps: ParsedTable<LadderStepRow>;
  stocks: ParsedTable<LadderStockRow>;
  flows: ParsedTable<LadderFlowRow>;
}

export function checkLadder(site: SiteConfig, { steps, stocks, flows }: LadderTables): DataIssue[] {
  const areaIds = new Set(site.areas.map((area) => area.id));
  const stepIds = new Set(steps.rows.map((step) => `${step.area}/${step.step_id}`));
  const flowSteps = new Set([
    ...stepIds,
    ...[...areaIds].flatMap((area) => [`${area}/${OUTSIDE.entry}`, `${area}/${OUTSIDE.exit}`]),
  ]);
  const step = "a step of the area in ladder/steps.csv";
  return [
    ...findUnknownIds("ladder/steps.csv", steps, "area", areaIds, "an area id from site.json"),
    ...findDuplicateKeys("ladder/steps.csv", steps, ["area", "step_id"]),
    ...findDuplicateKeys("ladder/steps.csv", steps, ["area", "order"]),
    ...findUnknownIds("ladder/stocks.csv", stocks, "step_id", stepIds, step, (r) => `${r.area}/${r.step_id}`),
    ...findDuplicateKeys("ladder/stocks.csv", stocks, ["area", "step_id", "period"]),
    ...findUnknownIds(
      "ladder/flows.csv",
      flows,
      "from_step",
      flowSteps,
      `${step} or "${OUTSIDE.entry}"`,
      (r) => `${r.area}/${r.from_step}`,
    ),
    ...findUnknownIds(
      "ladder/flows.csv",
      flows,
      "to_step",
      flowSteps,
      `${step} or "${OUTSIDE.exit}"`,
      (r) => `${r.area}/${r.to_step}`,
    ),
    ...findDuplicateKeys("ladder/flows.csv", flows, ["area", "period", "from_step", "to_step"]),
    ...checkFlowBalance(stocks.rows, flows),
  ];
}

/**
 * Flows must connect the stocks: what leaves a step during year t (moves, stays and exits) equals
 * its stock at the end of t−1, and what arrives equals its stock at the end of t.
 */
export function checkFlowBalance(
  stocks: readonly LadderStockRow[],
  flows: ParsedTable<LadderFlowRow>,
): DataIssue[] {
  const stock = new Map(stocks.map((row) => [`${row.area}|${row.step_id}|${row.period}`, row.citizens]));
  const outTotals = new Map<string, number>();
  const inTotals = new Map<string, number>();
  const firstRow = new Map<string, number>();
  flows.rows.forEach((row, index) => {
    const rowNumber = flows.rowNumbers[index] ?? index + 1;
    if (row.from_step !== OUTSIDE.entry) {
      const key = `${row.area}|${row.from_step}|${row.period - 1}`;
      outTotals.set(key, (outTotals.get(key) ?? 0) + row.citizens);
      if (!firstRow.has(`out|${key}`)) firstRow.set(`out|${key}`, rowNumber);
    }
    if (row.to_step !== OUTSIDE.exit) {
      const key = `${row.area}|${row.to_step}|${row.period}`;
      inTotals.set(key, (inTotals.get(key) ?? 0) + row.citizens);
      if (!firstRow.has(`in|${key}`)) firstRow.set(`in|${key}`, rowNumber);
    }
  });
  const issue = (direction: "out" | "in", key: string, total: number): DataIssue[] => {
    const expected = stock.get(key);
    if (expected === undefined || expected === total) return [];
    const [area, step, year] = key.split("|");
    const flowYear = direction === "out" ? Number(year) + 1 : Number(year);
    return [
      {
        file: "ladder/flows.csv",
        row: firstRow.get(`${direction}|${key}`) ?? 0,
        column: "citizens",
        expected:
          direction === "out"
            ? `flows out of ${area}/${step} in ${flowYear} (moves, stays and exits) to add up to its stock at the end of ${year}, ${expected}`
            : `flows into ${area}/${step} in ${flowYear} (entries, moves and stays) to add up to its stock at the end of ${year}, ${expected}`,
        found: String(total),
      },
    ];
  };
  return [
    ...[...outTotals].flatMap(([key, total]) => issue("out", key, total)),
    ...[...inTotals].flatMap(([key, total]) => issue("in", key, total)),
  ];
}
