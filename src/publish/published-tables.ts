import type { Dataset } from "../data/load/dataset.ts";
import { isSuppressed, needsPrimarySuppression } from "../data/privacy/suppress.ts";
import { OUTSIDE } from "../data/schemas/ladder.ts";
import { MeasureRow } from "../data/schemas/measures.ts";
import { measureSeries } from "../data/transform/activity.ts";
import { areaLadderCounts, ladderSteps, ladderYears } from "../data/transform/ladder.ts";
import { suppressionRule, underThreshold, withheldText } from "../i18n/withheld.ts";

export interface PublishedTable {
  id: string;
  title: string;
  description: string;
  source: string;
  licence: string;
  columns: { key: string; description: string }[];
  rows: Record<string, string | number>[];
}

/** What each published column means, in Danish, for the downloads page. */
const COLUMN_TEXT: Record<string, string> = {
  area: "Område (id fra sitets opsætning)",
  function_code: "Funktion i den kommunale kontoplan",
  function_label: "Funktionens navn",
  month: "Måned (ÅÅÅÅ-MM)",
  original_budget: "Oprindeligt budget, kr.",
  corrected_budget: "Korrigeret budget, kr.",
  committed: "Disponeret, kr.",
  spent_to_date: "Forbrug fra 1. januar, kr.",
  expected_result: "Forventet regnskab, kr.",
  last_year_accounts: "Regnskab sidste år, kr.",
  last_year_spent_to_date: "Sidste års forbrug til samme måned, kr.",
  measure_id: "Nøgletal (id i nøgletalskataloget)",
  period: "Periode: år (ÅÅÅÅ), måned (ÅÅÅÅ-MM) eller uge (ÅÅÅÅ-Uuu)",
  value: "Værdi; andele som 0–1",
  counts_people: 'yes, hvis værdien er et antal personer (små antal vises som "under" tærsklen)',
  year: "År",
  municipality_code: "Kommunekode",
  code: "Kommunekode",
  municipality: "Kommune",
  region: "Region",
  population_year: "År for befolkningstallet (1. januar)",
  population_total: "Indbyggere i alt",
  population_0_17: "Indbyggere 0–17 år",
  population_18_64: "Indbyggere 18–64 år",
  population_65_plus: "Indbyggere 65 år og derover",
  lon: "Længdegrad for kommunens kortpunkt (DAGI)",
  lat: "Breddegrad for kommunens kortpunkt (DAGI)",
  id: "Nøgletallets id",
  label: "Navn",
  definition: "Hvordan tallet opgøres",
  unit: "Enhed: count (antal), share (andel), hours (timer), kr, ratio (gennemsnit)",
  direction: "Retning: higher_better (højere er bedre), lower_better (lavere er bedre), neutral",
  source: "Kilde",
  frequency: "Hvor ofte: month, week eller year",
  denominator: "Befolkningsgruppe, der divideres med ved sammenligning",
  per: "Pr. hvor mange i befolkningsgruppen",
  target: "Fast standard, fx lovkrav",
  target_label: "Hvad standarden er",
  step_id: "Trin på indsatstrappen",
  from_step: "Trin ved årets start (ind = kom ind på trappen)",
  to_step: "Trin ved årets udgang (ud = forlod trappen)",
  citizens: 'Antal borgere; små antal vises som "under" og tærsklen, og enkelte andre som "skjult"',
};

function columnsOf(keys: readonly string[]): PublishedTable["columns"] {
  return keys.map((key) => ({ key, description: COLUMN_TEXT[key] ?? key }));
}

const OWN_LICENCE = "Må bruges frit med kildeangivelse (CC BY 4.0).";
const shown = (value: unknown): string | number =>
  isSuppressed(value) ? withheldText(value, " ") : (value as string | number);

/**
 * Every table the site is built from, as it may be published: counts of people suppressed exactly
 * as on the pages. Columns follow the data contract (data/README.md), comma-separated.
 */
export function publishedTables(data: Dataset): PublishedTable[] {
  const own = data.site.source;
  const tables: PublishedTable[] = [
    {
      id: "budgetopfoelgning",
      title: "Budgetopfølgning pr. måned",
      description:
        "Oprindeligt og korrigeret budget, disponeret, forbrug til dato, forventet regnskab og sidste års regnskab pr. område, funktion og måned, i kr.",
      source: own,
      licence: OWN_LICENCE,
      columns: columnsOf([
        "area",
        "function_code",
        "function_label",
        "month",
        "original_budget",
        "corrected_budget",
        "committed",
        "spent_to_date",
        "expected_result",
        "last_year_accounts",
        "last_year_spent_to_date",
      ]),
      rows: data.finance.map((r) => ({ ...r })),
    },
    {
      id: "noegletal",
      title: "Nøgletal over tid",
      description: `Aktivitet og nøgletal pr. område og periode. ${suppressionRule(data.threshold)}`,
      source: own,
      licence: OWN_LICENCE,
      columns: columnsOf(["area", "measure_id", "period", "value", "counts_people"]),
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
      description: `Årlige tal pr. kommune til sammenligning, som kilden offentliggør dem (fx kr. pr. indbygger); kommunekode 0 er hele landet. ${suppressionRule(data.threshold)}`,
      source:
        [
          ...new Set(
            data.benchmarks.map((b) => data.measures.find((m) => m.id === b.measure_id)?.source ?? own),
          ),
        ].join("; ") || own,
      licence:
        data.publicQueries.length > 0
          ? 'CC BY 4.0: angiv "Kilde: Danmarks Statistik" og tabellen (se Kilder og friskhed).'
          : OWN_LICENCE,
      columns: columnsOf(["year", "municipality_code", "measure_id", "value", "counts_people"]),
      rows: data.benchmarks.map((b) => {
        const people = data.measures.find((m) => m.id === b.measure_id)?.counts_people ?? false;
        return {
          ...b,
          value:
            people && needsPrimarySuppression(b.value, data.threshold)
              ? underThreshold(data.threshold, " ")
              : b.value,
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
      columns: columnsOf([
        "code",
        "municipality",
        "region",
        "population_year",
        "population_total",
        "population_0_17",
        "population_18_64",
        "population_65_plus",
      ]),
      rows: data.municipalities.map((m) => ({ ...m })),
    },
    {
      id: "noegletalskatalog",
      title: "Nøgletalskatalog",
      description: "Definition, enhed, retning og kilde for hvert nøgletal.",
      source: own,
      licence: OWN_LICENCE,
      columns: columnsOf(Object.keys(MeasureRow.shape)),
      rows: data.measures.map(
        (m) =>
          ({ ...m, counts_people: m.counts_people ? "yes" : "no" }) as unknown as Record<
            string,
            string | number
          >,
      ),
    },
  ];
  // A build from public data alone publishes the public tables only.
  return !data.publicOnly ? tables : tables.filter((t) => t.id === "sammenligning" || t.id === "kommuner");
}

function ladderTables(data: Dataset): PublishedTable[] {
  const areas = data.site.areas.filter((a) => data.ladder.steps.some((s) => s.area === a.id));
  const stocks: Record<string, string | number>[] = [];
  const flows: Record<string, string | number>[] = [];
  for (const area of areas) {
    const counts = areaLadderCounts(data.ladder, area, data.threshold, data.site.suppression.publicThreshold);
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
      columns: columnsOf(["area", "step_id", "period", "citizens"]),
      rows: stocks,
    },
    {
      ...common,
      id: "indsatstrappe-bevaegelser",
      title: "Indsatstrappen: bevægelser mellem trin",
      description:
        "Antal borgere, der flyttede fra et trin til et andet i løbet af året (ind = nye, ud = forlod trappen).",
      columns: columnsOf(["area", "period", "from_step", "to_step", "citizens"]),
      rows: flows,
    },
  ];
}
