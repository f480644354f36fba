import type { Dataset } from "../data/load/dataset.ts";
import { areaLadderCounts, ladderSteps } from "../data/transform/ladder.ts";

export interface AreaDisclosure {
  area: string;
  withheldSmall: number;
  withheldComplementary: number;
  peopleHidden: number;
  peoplePublished: number;
  variables: number;
  constraints: number;
  solves: number;
  seconds: number;
}

/** What small-cell protection cost on each ladder, for the build log and the bench. */
export function ladderDisclosure(data: Dataset): AreaDisclosure[] {
  return data.site.areas
    .filter((area) => ladderSteps(data.ladder, area.id).length > 0)
    .map((area) => {
      const { report } = areaLadderCounts(
        data.ladder,
        area,
        data.threshold,
        data.site.suppression.publicThreshold,
      );
      return {
        area: area.id,
        withheldSmall: report.withheldSmall,
        withheldComplementary: report.withheldComplementary,
        peopleHidden: report.peopleHidden,
        peoplePublished: report.peoplePublished,
        variables: report.audit.variables,
        constraints: report.audit.constraints,
        solves: report.audit.solves,
        seconds: report.seconds,
      };
    });
}

/** One line per ladder: "born-familie: 59 small + 24 complementary cells withheld; 6 of 5791 people … hidden (0.10 %) …". */
export function formatDisclosure(areas: readonly AreaDisclosure[]): string {
  return areas
    .map(
      (a) =>
        `  ${a.area}: ${a.withheldSmall} small + ${a.withheldComplementary} complementary cells withheld; ${a.peopleHidden} of ${a.peoplePublished} people on the ladder hidden (${(a.peoplePublished === 0 ? 0 : (100 * a.peopleHidden) / a.peoplePublished).toFixed(2)} %); audit ${a.variables} variables, ${a.constraints} constraints, ${a.solves} solves; ${a.seconds.toFixed(1)} s`,
    )
    .join("\n");
}
