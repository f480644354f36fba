import { activityEconomyChart } from "../charts/activity-economy.ts";
import { budgetByFunctionChart } from "../charts/budget-by-function.ts";
import { budgetOutlookChart } from "../charts/budget-outlook.ts";
import { forecastChart } from "../charts/forecast.ts";
import { ladderFlowChart } from "../charts/ladder-flows.ts";
import { ladderGoalChart, ladderGoalEvaluation } from "../charts/ladder-goal.ts";
import { ladderHistoryChart } from "../charts/ladder-history.ts";
import { ladderSharesChart } from "../charts/ladder-shares.ts";
import { ladderStairChart } from "../charts/ladder-stair.ts";
import { measureTrendChart } from "../charts/measure-trend.ts";
import type { PlanBase, ScenarioStep } from "../charts/scenario.ts";
import type { ChartSpec } from "../charts/spec.ts";
import { spendThroughYearChart } from "../charts/spend-through-year.ts";
import { weeklyHoursChart } from "../charts/weekly-hours.ts";
import type { Dataset } from "../data/load/dataset.ts";
import { endOfMonth, isoWeekSunday } from "../data/period.ts";
import { isSuppressed } from "../data/privacy/suppress.ts";
import type { MeasureRow } from "../data/schemas/measures.ts";
import type { AreaConfig } from "../data/schemas/site.ts";
import { measureSeries } from "../data/transform/activity.ts";
import { areaOutlook, functionOutlook, latestMonth, spendThroughYear } from "../data/transform/finance.ts";
import type { GoalEvaluation } from "../data/transform/goals.ts";
import {
  areaLadderCounts,
  type LadderSummary,
  ladderSteps,
  ladderSummary,
  ladderYears,
} from "../data/transform/ladder.ts";
import { peerGroups } from "../data/transform/peer-groups.ts";
import { yearEndView } from "../data/transform/projection.ts";
import { unitCostMonths } from "../data/transform/unit-cost.ts";
import { bridgeFigures, hourlyPriceFigures } from "./bridge-figures.ts";
import {
  benchmarkMeasures,
  comparisonOverviewFigure,
  comparisonYearVariants,
  measureComparisonFigures,
} from "./compare-figures.ts";

/** The figures on the front page. */
export function frontPageFigures(data: Dataset): ChartSpec[] {
  const { site, finance } = data;
  return [
    budgetOutlookChart({
      outlook: areaOutlook(finance, site.areas),
      source: site.source,
      asOf: endOfMonth(latestMonth(finance)),
    }),
  ];
}

/** The figures on one area's page, in reading order: economy first, then activity. */
export function areaFigures(data: Dataset, area: AreaConfig): ChartSpec[] {
  return [
    ...economyFigures(data, area),
    ...bridgeFigures(data, area),
    ...unitCostFigures(data, area),
    ...activityFigures(data, area),
  ];
}

function economyFigures({ site, finance }: Dataset, area: AreaConfig): ChartSpec[] {
  const common = { areaName: area.name, source: site.source, asOf: endOfMonth(latestMonth(finance)) };
  return [
    budgetByFunctionChart({
      ...common,
      id: `${area.id}-budget`,
      functions: functionOutlook(finance, area.id),
      month: latestMonth(finance),
    }),
    spendThroughYearChart({
      ...common,
      id: `${area.id}-forbrug`,
      points: spendThroughYear(finance, area.id, site.fiscalYear),
    }),
  ];
}

function unitCostFigures(data: Dataset, area: AreaConfig): ChartSpec[] {
  const { site, finance } = data;
  const config = area.unitCost;
  const measure = config && findMeasure(data, config.measure);
  if (!config || !measure) return [];
  const series = measureSeries(data.activity, area.id, measure, data.threshold);
  const history = unitCostMonths(finance, area.id, config.functions, series);
  const view = yearEndView(finance, area.id, config.functions, history, site.fiscalYear);
  const common = {
    label: config.label,
    source: `${site.source}; ${measure.source}`,
    asOf: endOfMonth(latestMonth(finance)),
  };
  return [
    activityEconomyChart({
      ...common,
      id: `${area.id}-enhedspris`,
      noun: area.citizensNoun,
      months: history,
    }),
    ...(view
      ? [forecastChart({ ...common, id: `${area.id}-prognose`, label: capitalise(config.label), view })]
      : []),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function activityFigures(data: Dataset, area: AreaConfig): ChartSpec[] {
  const threshold = data.threshold;
  const measures = data.measures.filter((m) => m.area === area.id);
  const weekly = weeklyFigure(data, area, measures, threshold);
  const monthly = measures
    .filter((m) => m.frequency === "month")
    .map((measure) =>
      measureTrendChart({
        id: `${area.id}-${measure.id}`,
        measure,
        series: measureSeries(data.activity, area.id, measure, threshold),
        asOf: periodEnd(data.activity, area.id, measure.id, data.site.dataAsOf),
        threshold,
      }),
    );
  return [...weekly, ...hourlyPriceFigures(data, area), ...monthly];
}

/** Weekly granted vs. budgeted hours, when the area's config names the two measures. */
function weeklyFigure(
  data: Dataset,
  area: AreaConfig,
  measures: MeasureRow[],
  threshold: number,
): ChartSpec[] {
  const granted = measures.find((m) => m.id === area.hoursComparison?.granted);
  const budgeted = measures.find((m) => m.id === area.hoursComparison?.budgeted);
  if (!granted || !budgeted) return [];
  return [
    weeklyHoursChart({
      id: `${area.id}-timer`,
      granted: measureSeries(data.activity, area.id, granted, threshold),
      budgeted: measureSeries(data.activity, area.id, budgeted, threshold),
      source: granted.source,
      definitions: [granted.definition, budgeted.definition],
      asOf: periodEnd(data.activity, area.id, granted.id, data.site.dataAsOf),
    }),
  ];
}

/** The last day of a measure's latest period: a figure's own "data pr.", not the site's data date. */
export function periodEnd(
  activity: Dataset["activity"],
  area: string,
  measureId: string,
  fallback: string,
): string {
  const last = activity
    .filter((row) => row.area === area && row.measure_id === measureId)
    .map((row) => row.period)
    .sort()
    .at(-1);
  if (!last) return fallback;
  if (/^\d{4}-W\d{2}$/.test(last)) return isoWeekSunday(last);
  if (/^\d{4}$/.test(last)) return `${last}-12-31`;
  return endOfMonth(last);
}

function findMeasure(data: Dataset, id: string): MeasureRow | undefined {
  return data.measures.find((m) => m.id === id);
}

const figureCache = new WeakMap<Dataset, ChartSpec[]>();

/**
 * Every figure on the site, for the CSV downloads and for charts quoted in briefings. Ids are
 * unique across the site. Computed once per dataset: several pages ask for it.
 */
export function allFigures(data: Dataset): ChartSpec[] {
  // A build from public data alone publishes the comparison figures only.
  if (data.publicOnly) return publicFigures(data);
  const cached = figureCache.get(data);
  if (cached) return cached;
  const figures = computeAllFigures(data);
  figureCache.set(data, figures);
  return figures;
}

function computeAllFigures(data: Dataset): ChartSpec[] {
  return [
    ...frontPageFigures(data),
    ...data.site.areas.flatMap((area) => areaFigures(data, area)),
    ...publicFigures(data),
    ...ladderAreas(data).flatMap((area) => ladderPage(data, area).inOrder),
  ];
}

/** Areas with an intervention ladder in the data. */
export function ladderAreas(data: Dataset): AreaConfig[] {
  return data.site.areas.filter((area) => data.ladder.steps.some((step) => step.area === area.id));
}

export interface LadderPage {
  /** The page's figures by name, in reading order (an absent one is undefined). */
  figures: Readonly<Record<string, ChartSpec | undefined>>;
  /** The figures the page shows, in reading order: the page maps over this. */
  inOrder: ChartSpec[];
  summary: LadderSummary;
  scenarioSteps: ScenarioStep[];
  /** What the scenario planner starts from: the steps, the area's year-end outlook and the goal, as shown. */
  planBase: PlanBase;
  /** The ladder goal by the site's one goal rule set; undefined without a goal or visible shares. */
  goal: GoalEvaluation | undefined;
}

/** Everything on one ladder page, computed from the ladder tables with suppression applied once. */
export function ladderPage(data: Dataset, area: AreaConfig): LadderPage {
  const { site, ladder } = data;
  const counts = areaLadderCounts(ladder, area, data.threshold, data.site.suppression.publicThreshold);
  const years = ladderYears(ladder, area.id);
  const summaries = years.map((year) => ladderSummary(ladder, counts, area.id, year));
  const summary = summaries.at(-1) ?? ladderSummary(ladder, counts, area.id, site.fiscalYear - 1);
  // The ladder counts are year-end counts: their "data pr." is the end of that year, not the site's date.
  const common = {
    areaName: area.name,
    noun: area.citizensNoun,
    source: site.source,
    asOf: `${summary.year}-12-31`,
  };
  const goal = area.ladderGoal;
  // The share is published rounded as printed, and the disclosure audit solves it together with
  // every published count (ladderCells), so it cannot reopen a withheld step; a year whose share
  // would is left out.
  const shares = goal
    ? years.flatMap((year) => {
        const share = counts.goalShare(year);
        return typeof share === "number" ? [{ year, share }] : [];
      })
    : [];
  const steps = ladderSteps(ladder, area.id);
  const scenarioSteps = summary.steps.flatMap((s) =>
    isSuppressed(s.costPerCitizen) || isSuppressed(s.citizens)
      ? []
      : [
          {
            id: s.step.step_id,
            order: s.step.order,
            title: s.step.title,
            costPerCitizen: Math.round(s.costPerCitizen),
            citizens: s.citizens,
            lower: goal?.lowerSteps.includes(s.step.step_id) ?? false,
          },
        ],
  );
  const outlook = areaOutlook(data.finance, [area])[0];
  // The goal's denominator: the published total, or when a step is withheld the sum of the steps
  // shown (only published numbers reach the planner, so it cannot reopen the withheld one).
  const total =
    typeof summary.totalCitizens === "number"
      ? summary.totalCitizens
      : scenarioSteps.reduce((sum, s) => sum + s.citizens, 0);
  const planBase: PlanBase = {
    steps: scenarioSteps,
    withheld: summary.steps
      .filter((s) => isSuppressed(s.costPerCitizen) || isSuppressed(s.citizens))
      .map((s) => ({ id: s.step.step_id, order: s.step.order, title: s.step.title })),
    fiscalYear: site.fiscalYear,
    ...(outlook ? { budget: outlook.correctedBudget, expected: outlook.expectedResult } : {}),
    ...(goal && shares.length > 0
      ? { goal: { target: goal.targetShare, deadline: goal.deadline, shares, total } }
      : {}),
  };
  // Reading order is the order written here; a new ladder chart is one more line.
  const figures = {
    stair: ladderStairChart({ ...common, id: `${area.id}-trappe`, summary }),
    shares: ladderSharesChart({ ...common, id: `${area.id}-andele`, summary }),
    flows: ladderFlowChart({ ...common, id: `${area.id}-bevaegelser`, steps, counts, year: summary.year }),
    history: ladderHistoryChart({ ...common, id: `${area.id}-udvikling`, years: summaries }),
    goal:
      goal && shares.length > 0
        ? ladderGoalChart({
            ...common,
            id: `${area.id}-maal`,
            goalText: goal.text,
            decidedIn: goal.decidedIn,
            lowerStepNames: steps
              .filter((s) => goal.lowerSteps.includes(s.step_id))
              .map((s) => s.title.toLowerCase()),
            targetShare: goal.targetShare,
            deadline: goal.deadline,
            shares,
          })
        : undefined,
  };
  return {
    summary,
    figures,
    inOrder: Object.values(figures).filter((spec) => spec !== undefined),
    scenarioSteps,
    planBase,
    goal:
      goal && shares.length > 0 ? ladderGoalEvaluation(shares, goal.targetShare, goal.deadline) : undefined,
  };
}

/** The figures made from public data only: the comparison section. */
export function publicFigures(data: Dataset): ChartSpec[] {
  return [
    comparisonOverviewFigure(data),
    ...benchmarkMeasures(data).flatMap((measure) =>
      peerGroups(data).flatMap((group) => measureComparisonFigures(data, measure, group)),
    ),
    ...benchmarkMeasures(data).flatMap((measure) =>
      comparisonYearVariants(data, measure).flatMap((variant) => variant.figures),
    ),
  ];
}
