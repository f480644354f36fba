import type { Audience } from "../build-options.ts";
import { committeeTotals } from "../charts/committee-totals.ts";
import { keyFigure } from "../charts/key-figures.ts";
import type { Dataset } from "../data/load/dataset.ts";
import { measureSeries } from "../data/transform/activity.ts";
import { areaOutlook, largestDeviations, latestMonth } from "../data/transform/finance.ts";
import { GOAL_STATE_ORDER } from "../data/transform/goals.ts";
import { areaBridges, bridgeFigureId } from "./bridge-figures.ts";
import {
  type GoalView,
  goalFigureId,
  goalView,
  isVisibleBriefing,
  ladderGoalViews,
} from "./content-figures.ts";
import { frontPageFigures } from "./site-figures.ts";

type GoalTarget = Parameters<typeof goalView>[2];

/** The content the front page lists: goal entries and briefings, as Astro's collections give them. */
export interface FrontPageContent<Briefing extends FrontPageBriefing> {
  goals: readonly { id: string; data: GoalTarget & { title: string } }[];
  briefings: readonly Briefing[];
}

interface FrontPageBriefing {
  data: { meetingDate: Date; audience: Audience; status: "draft" | "published" };
}

/**
 * The front page's model, in reading order: the outlook figures, the committees' totals, the
 * largest deviations, whether each budget line's deviation is mainly volume or price, every goal
 * (worst first), the latest briefing this build shows, and the key figures per area. The page only lays it out.
 */
export function frontPageModel<Briefing extends FrontPageBriefing>(
  data: Dataset,
  content: FrontPageContent<Briefing>,
  audience: Audience,
) {
  const { site, finance, measures, activity } = data;
  const goals = [
    ...content.goals.map((goal) => ({
      title: goal.data.title,
      href: `/maal/#${goalFigureId(goal.id)}-name`,
      view: goalView(data, goalFigureId(goal.id), goal.data, goal.data.title),
    })),
    ...ladderGoalViews(data).map((goal) => ({
      title: goal.title,
      href: `/indsatstrappe/${goal.areaId}/#${goal.view.figure.id}`,
      view: goal.view as GoalView,
    })),
  ].sort((a, b) => GOAL_STATE_ORDER[a.view.evaluation.state] - GOAL_STATE_ORDER[b.view.evaluation.state]);
  return {
    figures: frontPageFigures(data),
    areaName: new Map(site.areas.map((area) => [area.id, area.name])),
    deviations: largestDeviations(finance, 3),
    drivers: site.areas.flatMap((area) =>
      areaBridges(data, area).map((bridge) => ({
        area,
        bridge,
        href: `/omraader/${area.id}/#${bridgeFigureId(bridge)}`,
      })),
    ),
    month: latestMonth(finance),
    totals: committeeTotals(areaOutlook(finance, site.areas), site.committees),
    goals,
    latestBriefing: content.briefings
      .filter((b) => isVisibleBriefing(b.data, audience))
      .toSorted((a, b) => b.data.meetingDate.getTime() - a.data.meetingDate.getTime())[0],
    keyFiguresByArea: site.areas.map((area) => ({
      area,
      figures: area.keyMeasures.flatMap((id) => {
        const measure = measures.find((m) => m.id === id);
        const figure =
          measure && keyFigure(measure, measureSeries(activity, area.id, measure, data.threshold));
        return figure ? [figure] : [];
      }),
    })),
  };
}
