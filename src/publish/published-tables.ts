import type { Dataset } from "../data/load/dataset.ts";
import { isSuppressed, needsPrimarySuppression } from "../data/privacy/suppress.ts";
import { OUTSIDE } from "../data/schemas/ladder.ts";
import { MeasureRow } from "../data/schemas/measures.ts";
import { measureSeries } from "../data/transform/activity.ts";
import { ladderCounts, ladderSteps, ladderYears } from "../data/transform/ladder.ts";

export interface PublishedTable {
  id: string;
  title: string;
  description: string;
  source: string;
  licence: string;
  columns: { key: string; description: string }[];
  rows: Record<string, string | number>[];
}

const OWN_LICENCE = "Må bruges frit med kildeangivelse (CC BY 4.0).";
const shown = (value: unknown): string | number =>
  isSuppressed(value)
    ? value.reason === "small"
      ? `under ${value.threshold}`
      : "skjult"
    : (value as string | number);

/**
 * Every table the site is built from, as it may be published: counts of people suppressed exactly
 * as on the pages. Columns follow the data contract (data/README.md), comma-separated.
 */
export function publishedTables(data: Dataset): PublishedTable[] {
  const own = data.site.source;
  return [
    {
      id: "budgetopfoelgning",
      title: "Budgetopfølgning pr. måned",
      description:
        "Oprindeligt og korrigeret budget, disponeret, forbrug til dato, forventet regnskab og sidste års regnskab pr. område, funktion og måned, i kr.",
      source: own,
      licence: OWN_LICENCE,
      columns: [
        { key: "area", description: "Område" },
        { key: "function_code", description: "Funktion i den kommunale kontoplan" },
        { key: "function_label", description: "Funktionens navn" },
        { key: "month", description: "Måned (ÅÅÅÅ-MM)" },
        { key: "original_budget", description: "Oprindeligt budget, kr." },
        { key: "corrected_budget", description: "Korrigeret budget, kr." },
        { key: "committed", description: "Disponeret, kr." },
        { key: "spent_to_date", description: "Forbrug fra 1. januar, kr." },
        { key: "expected_result", description: "Forventet regnskab, kr." },
        { key: "last_year_accounts", description: "Regnskab sidste år, kr." },
        { key: "last_year_spent_to_date", description: "Sidste års forbrug til samme måned, kr." },
      ],
      rows: data.finance.map((r) => ({ ...r })),
    },
    {
      id: "noegletal",
      title: "Nøgletal over tid",
      description: 'Aktivitet og nøgletal pr. område og periode. Antal personer under 5 vises som "under 5".',
      source: own,
      licence: OWN_LICENCE,
      columns: [
        { key: "area", description: "Område" },
        { key: "measure_id", description: "Nøgletal (se nøgletalskataloget)" },
        { key: "period", description: "Periode (ÅÅÅÅ-MM eller ÅÅÅÅ-Uuu)" },
        { key: "value", description: "Værdi; andele som 0–1" },
        { key: "counts_people", description: "yes, hvis værdien er et antal personer" },
      ],
      rows: data.measures.flatMap((m) =>
        data.site.areas.flatMap((area) =>
          measureSeries(data.activity, area.id, m, data.threshold).map((p) => ({
            area: area.id,
            measure_id: m.id,
            period: p.period,
            value: shown(p.value),
            counts_people: m.counts_people ? "yes" : "no",
          })),
        ),
      ),
    },
    ...ladderTables(data),
    {
      id: "sammenligning",
      title: "Nøgletal for alle kommuner",
      description:
        'Årlige tal pr. kommune til sammenligning (før omregning pr. indbygger). Antal personer under 5 vises som "under 5".',
      source: data.measures.find((m) => m.id === data.benchmarks[0]?.measure_id)?.source ?? own,
      licence: OWN_LICENCE,
      columns: [
        { key: "year", description: "År" },
        { key: "municipality_code", description: "Kommunekode" },
        { key: "measure_id", description: "Nøgletal" },
        { key: "value", description: "Kommunens samlede tal" },
        { key: "counts_people", description: "yes, hvis værdien er et antal personer" },
      ],
      rows: data.benchmarks.map((b) => {
        const people = data.measures.find((m) => m.id === b.measure_id)?.counts_people ?? false;
        return {
          ...b,
          value:
            people && needsPrimarySuppression(b.value, data.threshold) ? `under ${data.threshold}` : b.value,
          counts_people: people ? "yes" : "no",
        };
      }),
    },
    {
      id: "kommuner",
      title: "Kommuner og befolkning",
      description: "De 98 kommuner med region og befolkning pr. 1. januar fordelt på aldersgrupper.",
      source:
        "Kilde: Danmarks Statistik (FOLK1A); regioner og kommunepunkter fra DAGI, Styrelsen for Dataforsyning og Infrastruktur",
      licence: 'CC BY 4.0: angiv "Kilde: Danmarks Statistik".',
      columns: [
        { key: "code", description: "Kommunekode" },
        { key: "municipality", description: "Kommune" },
        { key: "region", description: "Region" },
        { key: "population_year", description: "År for befolkningstallet" },
        { key: "population_total", description: "Indbyggere i alt" },
        { key: "population_0_17", description: "0–17 år" },
        { key: "population_18_64", description: "18–64 år" },
        { key: "population_65_plus", description: "65 år og derover" },
      ],
      rows: data.municipalities.map((m) => ({ ...m })),
    },
    {
      id: "noegletalskatalog",
      title: "Nøgletalskatalog",
      description: "Definition, enhed, retning og kilde for hvert nøgletal.",
      source: own,
      licence: OWN_LICENCE,
      columns: Object.keys(MeasureRow.shape).map((key) => ({ key, description: key })),
      rows: data.measures.map(
        (m) =>
          ({ ...m, counts_people: m.counts_people ? "yes" : "no" }) as unknown as Record<
            string,
            string | number
          >,
      ),
    },
  ];
}

function ladderTables(data: Dataset): PublishedTable[] {
  const areas = data.site.areas.filter((a) => data.ladder.steps.some((s) => s.area === a.id));
  const stocks: Record<string, string | number>[] = [];
  const flows: Record<string, string | number>[] = [];
  for (const area of areas) {
    const counts = ladderCounts(data.ladder, area.id, data.threshold);
    const steps = ladderSteps(data.ladder, area.id).map((s) => s.step_id);
    const years = ladderYears(data.ladder, area.id);
    for (const year of years) {
      for (const step of steps)
        stocks.push({
          area: area.id,
          step_id: step,
          period: year,
          citizens: shown(counts.stock(step, year)),
        });
      if (year === years[0]) continue;
      for (const from of [OUTSIDE.entry, ...steps]) {
        for (const to of [...steps, OUTSIDE.exit]) {
          if (from !== OUTSIDE.entry || to !== OUTSIDE.exit)
            flows.push({
              area: area.id,
              period: year,
              from_step: from,
              to_step: to,
              citizens: shown(counts.flow(year, from, to)),
            });
        }
      }
    }
  }
  const common = { source: data.site.source, licence: OWN_LICENCE };
  return [
    {
      ...common,
      id: "indsatstrappe-borgere",
      title: "Indsatstrappen: borgere pr. trin",
      description: "Antal borgere på hvert trin ved årets udgang.",
      columns: ["area", "step_id", "period", "citizens"].map((key) => ({ key, description: key })),
      rows: stocks,
    },
    {
      ...common,
      id: "indsatstrappe-bevaegelser",
      title: "Indsatstrappen: bevægelser mellem trin",
      description:
        "Antal borgere, der flyttede fra et trin til et andet i løbet af året (ind = nye, ud = forlod trappen).",
      columns: ["area", "period", "from_step", "to_step", "citizens"].map((key) => ({
        key,
        description: key,
      })),
      rows: flows,
    },
  ];
}
