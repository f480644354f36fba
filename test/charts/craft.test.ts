import { describe, expect, it } from "vitest";
import { ladderGoalChart } from "../../src/charts/ladder-goal.ts";
import { ladderStairChart } from "../../src/charts/ladder-stair.ts";
import { measureTrendChart, shareCeiling } from "../../src/charts/measure-trend.ts";
import {
  NARROW_WIDTH,
  narrowOptions,
  renderSvg,
  roomForAxisTitles,
  wrapWords,
} from "../../src/charts/render.ts";
import { spendThroughYearChart } from "../../src/charts/spend-through-year.ts";
import { CITIZENS } from "../../src/data/schemas/site.ts";
import { spendThroughYear } from "../../src/data/transform/finance.ts";
import { evenFinanceRows } from "../fixtures/finance-rows.ts";
import { deadlinesKept, monthly } from "../fixtures/measures.ts";
import { snapshotSvg } from "./snapshot.ts";

const sickLeave = {
  ...deadlinesKept,
  id: "sygefravaer-aeldre",
  label: "Sygefravær i ældreplejen",
  direction: "lower_better" as const,
  target: undefined,
  target_label: undefined,
};

describe("y-domains fitted to the series", () => {
  it("gives sick leave of 6–10 % an axis up to 12 %, not 100 %", async () => {
    const spec = measureTrendChart({
      id: "sygefravaer",
      measure: sickLeave,
      series: monthly(Array.from({ length: 22 }, (_, i) => 0.06 + (i % 5) * 0.01)),
      asOf: "2026-10-31",
      threshold: 5,
    });
    expect(spec.plot.y?.domain).toEqual([0, 0.12]);
    const svg = snapshotSvg(spec);
    expect(svg).toContain(">12&#160;%<");
    expect(svg).not.toContain(">100&#160;%<");
    await expect(svg).toMatchFileSnapshot("../snapshots/measure-trend-sick-leave.svg");
  });
  it("keeps a share with a standard near the top on the whole scale, and never passes 100 %", () => {
    expect(shareCeiling([{ value: 0.7 }], 0.95)).toBe(1);
    expect(shareCeiling([{ value: 0.3 }, { value: null }])).toBeCloseTo(0.35);
  });
});

describe("axis titles that never collide", () => {
  it("gives an x-axis title room under the tick labels", () => {
    expect(roomForAxisTitles({ x: { label: "1.000 kr. pr. år →" } }).marginBottom).toBe(44);
    expect(roomForAxisTitles({ x: { label: "x" }, marginBottom: 60 }).marginBottom).toBe(60);
  });
  it("leaves charts without an x-axis title as they are", () => {
    expect(roomForAxisTitles({ x: { label: null } }).marginBottom).toBeUndefined();
    expect(roomForAxisTitles({ x: { axis: null, label: "skjult" } }).marginBottom).toBeUndefined();
  });
});

describe("spend through the year as a deviation chart", () => {
  it("shows the overspend the title states as a bar above zero, labelled with its amount", () => {
    const spec = spendThroughYearChart({
      id: "forbrug",
      areaName: "Børn og familie",
      points: spendThroughYear(evenFinanceRows(), "born-familie", 2026),
      source: "Test",
      asOf: "2026-10-31",
    });
    const svg = renderSvg(spec.plot, { label: spec.title, describedBy: "forbrug-alt" });
    expect(spec.title).toContain("mere end budgetteret");
    expect(svg).toContain(">+0,3 mio. kr.<");
    expect(svg).toContain('fill="#b34700"');
    expect(spec.table.columns.map((c) => c.key)).toContain("deviation");
  });
});

describe("the ladder's stair", () => {
  it("draws each bar as long as the number of citizens on the step, with the cost in the label", () => {
    const step = (order: number, title: string, citizens: number, spend: number) => ({
      step: { step_id: title, area: "born-familie", order, title, legal_basis: "", description: "" },
      citizens,
      spend,
      costPerCitizen: spend / citizens,
      durationMonths: 6,
      citizenShare: citizens / 600,
      spendShare: spend / 60e6,
    });
    const spec = ladderStairChart({
      id: "trappe",
      areaName: "Børn og familie",
      noun: { one: "barn", other: "børn", definite: "børnene" },
      summary: {
        year: 2025,
        steps: [step(0, "let", 400, 10e6), step(1, "mellem", 150, 20e6), step(2, "tung", 50, 30e6)],
      } as never,
      source: "Test",
      asOf: "2026-10-31",
    });
    const svg = renderSvg(spec.plot, { label: spec.title, describedBy: "trappe-alt" });
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // 400 : 150 : 50 children, lightest step first in the data, drawn in that proportion.
    expect(widths).toHaveLength(3);
    const [light = 0, middle = 0, heavy = 0] = widths;
    expect(light / heavy).toBeCloseTo(8, 0);
    expect(middle / heavy).toBeCloseTo(3, 0);
    expect(svg).toContain("30,0&#160;mio.&#160;kr. i alt");
    expect(svg).toMatch(/Antal børn/);
  });
});

describe("the ladder goal chart", () => {
  it('shows "100 %" whole and keeps the first value label ("86 %") clear of the "85 %" tick', async () => {
    const spec = ladderGoalChart({
      id: "maal",
      noun: CITIZENS,
      goalText: "Flere skal bo i eget hjem.",
      decidedIn: "Politik 2023–2027",
      lowerStepNames: ["åbne tilbud", "tidlig støtte"],
      targetShare: 0.85,
      deadline: 2027,
      shares: [
        { year: 2022, share: 0.86 },
        { year: 2023, share: 0.84 },
        { year: 2024, share: 0.83 },
        { year: 2025, share: 0.84 },
      ],
      source: "Test",
      asOf: "2026-10-31",
    });
    const svg = renderSvg(spec.plot, { label: spec.title, describedBy: "maal-alt" });
    // A label the shared rule had to move carries a white halo; these fit where Plot put them.
    expect(svg).toMatch(/<text transform="translate\([\d.]+,[\d.]+\)" y="0.32em">100&#160;%<\/text>/);
    const first = /<text transform="translate\(([\d.]+),[\d.]+\)"[^>]*>86&#160;%</.exec(svg);
    expect(Number(first?.[1])).toBeGreaterThan(56 + 25);
    await expect(snapshotSvg(spec)).toMatchFileSnapshot("../snapshots/ladder-goal.svg");
  });
});

describe("the phone variant", () => {
  const rows = ["Børn og familie", "Voksne med handicap og psykiatri", "Ældre og hjemmepleje"];
  const wide = { width: 760, height: 200, marginLeft: 240, y: { label: null, domain: rows } };

  it("wraps long row labels into a narrow margin, so the bars keep most of the width", () => {
    const narrow = narrowOptions(wide);
    expect(narrow?.width).toBe(NARROW_WIDTH);
    expect(narrow?.marginLeft).toBe(130);
    const format = narrow?.y?.tickFormat as (d: string, i: number) => string;
    expect(format("Voksne med handicap og psykiatri", 1)).toBe("Voksne med\nhandicap og\npsykiatri");
    expect(narrow?.height).toBeGreaterThanOrEqual(20 + 30 + 3 * 58);
  });
  it("has no phone variant for a chart with its own width (the tile map), which scales instead", () => {
    expect(narrowOptions({ ...wide, width: 756 })).toBeUndefined();
  });
  it("wraps words greedily and never splits one", () => {
    expect(wrapWords("Udgifter til anbringelser", 17)).toEqual(["Udgifter til", "anbringelser"]);
    expect(wrapWords("Sammenligningskommuner", 17)).toEqual(["Sammenligningskommuner"]);
  });
});
