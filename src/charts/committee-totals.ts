import type { SiteConfig } from "../data/schemas/site.ts";
import type { AreaOutlook } from "../data/transform/finance.ts";
import { formatMonth } from "../i18n/format.ts";
import type { TableView } from "./spec.ts";
import { deviationPhrase } from "./words.ts";

interface Sums {
  correctedBudget: number;
  expectedResult: number;
  deviation: number;
}

export interface CommitteeTotal extends Sums {
  id: string;
  name: string;
  areas: AreaOutlook[];
}

const sum = (areas: readonly AreaOutlook[]): Sums => ({
  correctedBudget: areas.reduce((s, a) => s + a.correctedBudget, 0),
  expectedResult: areas.reduce((s, a) => s + a.expectedResult, 0),
  deviation: areas.reduce((s, a) => s + a.deviation, 0),
});

/** The year-end outlook per committee (the areas it owns), and across all areas. */
export function committeeTotals(
  outlook: readonly AreaOutlook[],
  committees: SiteConfig["committees"],
): { committees: CommitteeTotal[]; total: Sums } {
  const owned = committees.map((c) => {
    const areas = outlook.filter((a) => c.areas.includes(a.area));
    return { id: c.id, name: c.name, areas, ...sum(areas) };
  });
  const orphans = outlook.filter((a) => !committees.some((c) => c.areas.includes(a.area)));
  const all =
    orphans.length === 0
      ? owned
      : [...owned, { id: "", name: "Intet udvalg", areas: orphans, ...sum(orphans) }];
  return { committees: all, total: sum(outlook) };
}

/** One sentence: the total across areas and each committee's subtotal. */
export function committeeSentence(totals: ReturnType<typeof committeeTotals>): string {
  const parts = totals.committees.map((c) => `${c.name} ${deviationPhrase(c.deviation, c.correctedBudget)}`);
  return `Alle områder forventer tilsammen ${deviationPhrase(totals.total.deviation, totals.total.correctedBudget)}: ${parts.join("; ")}.`;
}

/** The table under the sentence: each committee, the areas it owns, and the total. */
export function committeeTable(totals: ReturnType<typeof committeeTotals>, month: string): TableView {
  const row = (name: string, s: Sums) => ({
    name,
    correctedBudget: s.correctedBudget,
    expectedResult: s.expectedResult,
    deviation: s.deviation,
  });
  return {
    caption: `Forventet regnskab pr. udvalg og område, budgetopfølgning ${formatMonth(month)}`,
    columns: [
      { key: "name", label: "Udvalg og område", format: "text" },
      { key: "correctedBudget", label: "Korrigeret budget", format: "mioKr" },
      { key: "expectedResult", label: "Forventet regnskab", format: "mioKr" },
      { key: "deviation", label: "Afvigelse", format: "mioKr" },
    ],
    rows: [
      ...totals.committees.flatMap((c) => [
        row(`${c.name} i alt`, c),
        ...c.areas.map((a) => row(`– ${a.areaName} (${c.name})`, a)),
      ]),
      row("Alle områder i alt", totals.total),
    ],
  };
}
