import { findDuplicateKeys, findUnknownIds } from "../../src/data/checks/common.ts";
import type { ParsedTable } from "../../src/data/load/csv.ts";
import type { DataIssue } from "../../src/data/load/issues.ts";
import type { LadderMappingRow } from "../../src/data/schemas/extract.ts";
import type { LadderStepRow } from "../../src/data/schemas/ladder.ts";

/** A step as the aggregation counts it; its index in LadderLayout.steps is its number. */
export interface LayoutStep {
  area: string;
  step_id: string;
  order: number;
}

/** The ladders the extract is aggregated onto, and which code lands on which step. */
export interface LadderLayout {
  /** Every step of every mapped area: areas in the order of steps.csv, steps by order. */
  steps: LayoutStep[];
  /** area → service code → index into `steps`. */
  codes: Map<string, Map<string, number>>;
}

/**
 * Builds the layout from ladder/steps.csv and the mapping file. Only areas that the mapping names
 * are aggregated; every mapped step must exist in steps.csv, and a code is mapped once per area.
 */
export function ladderLayout(
  steps: readonly LadderStepRow[],
  mapping: ParsedTable<LadderMappingRow>,
  mappingFile: string,
): { layout: LadderLayout; issues: DataIssue[] } {
  const mappedAreas = new Set(mapping.rows.map((row) => row.area));
  const areaOrder = [...new Set(steps.map((step) => step.area))];
  const layoutSteps = areaOrder
    .filter((area) => mappedAreas.has(area))
    .flatMap((area) =>
      steps
        .filter((step) => step.area === area)
        .sort((a, b) => a.order - b.order)
        .map(({ step_id, order }) => ({ area, step_id, order })),
    );
  const index = new Map(layoutSteps.map((step, i) => [`${step.area}/${step.step_id}`, i]));
  const issues = [
    ...findUnknownIds(
      mappingFile,
      mapping,
      "step_id",
      new Set(index.keys()),
      "a step of the area in ladder/steps.csv",
      (row) => `${row.area}/${row.step_id}`,
    ),
    ...findDuplicateKeys(mappingFile, mapping, ["area", "code"]),
  ];
  const codes = new Map<string, Map<string, number>>();
  for (const row of mapping.rows) {
    const step = index.get(`${row.area}/${row.step_id}`);
    if (step === undefined) continue;
    const areaCodes = codes.get(row.area) ?? new Map<string, number>();
    if (!areaCodes.has(row.code)) areaCodes.set(row.code, step);
    codes.set(row.area, areaCodes);
  }
  return { layout: { steps: layoutSteps, codes }, issues };
}
