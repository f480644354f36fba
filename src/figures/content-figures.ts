import { formatMeasureValue, periodName } from "../charts/findings.ts";
import { measureTrendChart } from "../charts/measure-trend.ts";
import type { ChartSpec } from "../charts/spec.ts";
import type { Dataset } from "../data/load/dataset.ts";
import type { GoalFrontmatter, ServiceLevelFrontmatter } from "../data/schemas/content.ts";
import { measureSeries } from "../data/transform/activity.ts";
import { BoundReferenceError } from "../data/transform/bound-values.ts";
import { evaluateGoal, GOAL_STATE_TEXT, type GoalEvaluation } from "../data/transform/goals.ts";
import { allFigures, ladderAreas, ladderPage, periodEnd } from "./site-figures.ts";

type Target = Pick<GoalFrontmatter, "area" | "measure" | "target" | "direction"> & { deadline?: string };

export interface GoalView {
  /** "area/measure": the quantity the goal follows, for the site's consistency check. */
  quantity: string;
  evaluation: GoalEvaluation;
  latestText: string;
  targetText: string;
  sentence: string;
  figure: ChartSpec;
}

/** Evaluates a goal or service level against its measure and draws its trend with the target. */
export function goalView(data: Dataset, id: string, goal: Target, title: string): GoalView {
  const measure = data.measures.find((m) => m.id === goal.measure);
  if (!measure)
    throw new BoundReferenceError(
      `unknown measure "${goal.measure}" in ${id}; expected one of: ${data.measures.map((m) => m.id).join(", ")}`,
    );
  const series = measureSeries(data.activity, goal.area, measure, data.threshold);
  const deadline = goal.deadline ?? series.at(-1)?.period ?? "";
  const evaluation = evaluateGoal({ ...goal, deadline }, series);
  const latestText =
    evaluation.latest === undefined
      ? "ingen tal"
      : `${formatMeasureValue(evaluation.latest, measure.unit)} i ${periodName(evaluation.latestPeriod ?? "")}`;
  const targetText = `${goal.direction === "at-least" ? "mindst" : "højst"} ${formatMeasureValue(goal.target, measure.unit)}${goal.deadline ? ` i ${periodName(goal.deadline)}` : ""}`;
  const figure = measureTrendChart({
    id,
    measure: { ...measure, target: goal.target, target_label: `Mål: ${targetText}` },
    series,
    asOf: periodEnd(data.activity, goal.area, measure.id, data.site.dataAsOf),
    threshold: data.threshold,
  });
  const state = GOAL_STATE_TEXT[evaluation.state].label;
  return {
    quantity: `${goal.area}/${goal.measure}`,
    evaluation,
    latestText,
    targetText,
    sentence: `${state}: ${latestText}; målet er ${targetText}.`,
    figure: {
      ...figure,
      title: `${title}: ${state.toLowerCase()}`,
      subtitle: `${figure.subtitle} ${figure.title}.`,
    },
  };
}

export interface LadderGoalView {
  areaId: string;
  title: string;
  text: string;
  decidedIn: string;
  view: GoalView;
}

/** The ladder goals from site.json, in the same shape (and by the same rules) as content/goals. */
export function ladderGoalViews(data: Dataset): LadderGoalView[] {
  return ladderAreas(data).flatMap((area) => {
    const goal = area.ladderGoal;
    const page = ladderPage(data, area);
    const figure = page.figures.goal;
    if (!goal || !page.goal || !figure) return [];
    const evaluation = page.goal;
    const latestText =
      evaluation.latest === undefined
        ? "ingen tal"
        : `${formatMeasureValue(evaluation.latest, "share")} på de nederste trin ultimo ${evaluation.latestPeriod}`;
    const targetText = `mindst ${formatMeasureValue(goal.targetShare, "share")} i ${goal.deadline}`;
    const state = GOAL_STATE_TEXT[evaluation.state].label;
    return [
      {
        areaId: area.id,
        title: `Flere ${area.citizensNoun.other} på de nederste trin (${area.name.toLowerCase()})`,
        text: goal.text,
        decidedIn: goal.decidedIn,
        view: {
          quantity: `${area.id}/andel-paa-nederste-trin`,
          evaluation,
          latestText,
          targetText,
          sentence: `${state}: ${latestText}; målet er ${targetText}.`,
          figure,
        },
      },
    ];
  });
}

export function goalFigureId(goalId: string): string {
  return `maal-${goalId}`;
}

export function serviceLevelFigureId(id: string): string {
  return `serviceniveau-${id}`;
}

/** Figures for every goal and service level, for the pages and the CSV downloads. */
export function contentFigures(
  data: Dataset,
  goals: readonly { id: string; data: GoalFrontmatter }[],
  serviceLevels: readonly { id: string; data: ServiceLevelFrontmatter }[],
): ChartSpec[] {
  return [
    ...goals.map((g) => goalView(data, goalFigureId(g.id), g.data, g.data.title).figure),
    ...serviceLevels.map((s) => goalView(data, serviceLevelFigureId(s.id), s.data, s.data.title).figure),
  ];
}

/** Which briefings a build shows: the public build only published, public ones. */
export function isVisibleBriefing(
  briefing: { audience: "public" | "committee"; status: "draft" | "published" },
  audience: "public" | "committee",
): boolean {
  return audience === "committee" || (briefing.audience === "public" && briefing.status === "published");
}

/**
 * Every figure the site offers as a download (CSV, metadata, SVG, PNG): the site's figures and
 * those of the goals and service levels. A build from public data alone publishes none made from
 * the municipality's own content. The download routes map over this, as static paths.
 */
export function downloadPaths(
  data: Dataset,
  goals: readonly { id: string; data: GoalFrontmatter }[],
  serviceLevels: readonly { id: string; data: ServiceLevelFrontmatter }[],
): { params: { id: string }; props: { spec: ChartSpec } }[] {
  const content = data.publicOnly ? [] : contentFigures(data, goals, serviceLevels);
  return [...allFigures(data), ...content].map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}
