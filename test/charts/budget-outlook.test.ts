import { describe, expect, it } from "vitest";
import { budgetOutlookChart, outlookTitle } from "../../src/charts/budget-outlook.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { outlookOctober } from "../fixtures/finance.ts";
import { snapshotSvg } from "./snapshot.ts";

const plain = (text: string) => text.replaceAll(NBSP, " ");
const input = { outlook: outlookOctober, source: "Kolding Kommune (eksempeldata)", asOf: "2026-10-31" };

describe("budgetOutlookChart", () => {
  it("renders the same SVG for the same figures", async () => {
    await expect(snapshotSvg(budgetOutlookChart(input))).toMatchFileSnapshot(
      "../snapshots/budget-outlook.svg",
    );
  });

  it("states the largest overspend as the title", () => {
    expect(plain(budgetOutlookChart(input).title)).toBe(
      "Børn og familie forventer et merforbrug på 12,3 mio. kr.",
    );
  });

  it("describes every area in the text alternative, with direction words", () => {
    const alt = plain(budgetOutlookChart(input).alt);
    expect(alt).toContain("Børn og familie forventer et merforbrug på 12,3 mio. kr. (3,7 %)");
    expect(alt).toContain("Voksne med handicap og psykiatri forventer et mindreforbrug på 3,2 mio. kr.");
    expect(alt).toContain("Ældre og hjemmepleje forventer at holde budgettet");
    expect(alt).not.toContain("kr..");
  });

  it("shows the same rows in the table as in the chart", () => {
    const spec = budgetOutlookChart(input);
    expect(spec.table.rows.map((row) => row.areaName)).toEqual(outlookOctober.map((area) => area.areaName));
  });
});

describe("outlookTitle", () => {
  it("says when every area keeps its budget", () => {
    const onBudget = outlookOctober.map((area) => ({ ...area, deviation: -area.correctedBudget * 0.01 }));
    expect(outlookTitle(onBudget)).toBe("Alle områder forventer at holde budgettet eller bruge mindre");
  });

  it("counts the other overspending areas", () => {
    const allOver = outlookOctober.map((area) => ({ ...area, deviation: 5_000_000 }));
    expect(plain(outlookTitle(allOver))).toBe(
      "Børn og familie forventer et merforbrug på 5,0 mio. kr. – og 2 områder mere forventer merforbrug",
    );
  });
});
