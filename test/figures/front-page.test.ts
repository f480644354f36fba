import { describe, expect, it } from "vitest";
import { GOAL_STATE_ORDER } from "../../src/data/transform/goals.ts";
import { frontPageModel } from "../../src/figures/front-page.ts";
import { galleryData } from "../gallery/index.ts";

const data = galleryData();
const briefing = (
  id: string,
  date: string,
  audience: "public" | "committee",
  status: "draft" | "published",
) => ({
  id,
  data: { meetingDate: new Date(date), audience, status },
});
const briefings = [
  briefing("old", "2026-09-01", "public", "published"),
  briefing("newer-draft", "2026-11-01", "public", "draft"),
  briefing("newer-committee", "2026-10-15", "committee", "published"),
  briefing("public-latest", "2026-10-01", "public", "published"),
];

describe("the front page model", () => {
  it("links the latest briefing this build may show: drafts and committee-only ones only for the committee", () => {
    expect(frontPageModel(data, { goals: [], briefings }, "public").latestBriefing?.id).toBe("public-latest");
    expect(frontPageModel(data, { goals: [], briefings }, "committee").latestBriefing?.id).toBe(
      "newer-draft",
    );
    expect(frontPageModel(data, { goals: [], briefings: [] }, "public").latestBriefing).toBeUndefined();
  });

  it("lists goals worst first, the three largest deviations and the key figures of every area", () => {
    const model = frontPageModel(data, { goals: [], briefings }, "public");
    const order = model.goals.map((g) => GOAL_STATE_ORDER[g.view.evaluation.state]);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    expect(model.goals.length).toBeGreaterThan(0);
    expect(model.deviations).toHaveLength(3);
    expect(model.keyFiguresByArea.map((k) => k.area.id)).toEqual(data.site.areas.map((a) => a.id));
    expect(model.figures.map((f) => f.id)).toEqual(["budget-outlook"]);
  });
});
