import { describe, expect, it } from "vitest";
import { committeeSentence, committeeTable, committeeTotals } from "../../src/charts/committee-totals.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { outlookOctober } from "../fixtures/finance.ts";

const committees = [
  { id: "bfu", name: "Børne- og Familieudvalget", areas: ["born-familie"] },
  { id: "ssu", name: "Social- og Sundhedsudvalget", areas: ["voksne-handicap", "aeldre"] },
];

describe("committeeTotals", () => {
  it("sums each committee's areas and all areas, and the subtotals add up to the total", () => {
    const totals = committeeTotals(outlookOctober, committees);
    const deviations = totals.committees.map((c) => c.deviation);
    expect(deviations[0]).toBe(12_300_000);
    expect(deviations.reduce((a, b) => a + b, 0)).toBe(totals.total.deviation);
    expect(totals.committees[1]?.areas.map((a) => a.area)).toEqual(["voksne-handicap", "aeldre"]);
  });
  it("names every committee in one sentence and lists which committee owns which area", () => {
    const totals = committeeTotals(outlookOctober, committees);
    expect(committeeSentence(totals).replaceAll(NBSP, " ")).toMatch(
      /^Alle områder forventer tilsammen et (mer|mindre)forbrug på .*Børne- og Familieudvalget et merforbrug på 12,3 mio. kr. \(3,7 %\); Social- og Sundhedsudvalget/,
    );
    const names = committeeTable(totals, "2026-10").rows.map((r) => r.name);
    expect(names).toContain("– Børn og familie (Børne- og Familieudvalget)");
    expect(names.at(-1)).toBe("Alle områder i alt");
  });
  it("puts areas no committee owns under 'Intet udvalg' rather than leaving them out", () => {
    const totals = committeeTotals(outlookOctober, committees.slice(0, 1));
    expect(totals.committees.at(-1)?.name).toBe("Intet udvalg");
  });
});
