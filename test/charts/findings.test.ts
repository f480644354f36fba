import { describe, expect, it } from "vitest";
import { trendFinding } from "../../src/charts/findings.ts";
import { keyFigure } from "../../src/charts/key-figures.ts";
import { compareLatest } from "../../src/data/transform/activity.ts";
import { NBSP } from "../../src/i18n/format.ts";
import { caseload, deadlinesKept, monthly, notifications, placements } from "../fixtures/measures.ts";

const plain = (text: string | undefined) => (text ?? "").replaceAll(NBSP, " ");
const finding = (measure: typeof notifications, values: (number | "small")[]) =>
  plain(trendFinding(measure, compareLatest(monthly(values))));

/** 22 months: January 2025 to October 2026, so October compares with October. */
const months = (october2025: number, october2026: number, fill = 100) =>
  Array.from({ length: 22 }, (_, i) => (i === 9 ? october2025 : i === 21 ? october2026 : fill));

describe("trendFinding", () => {
  it("says a count rose, by how much, between which months", () => {
    expect(finding(notifications, months(125, 135))).toBe(
      "Antallet af underretninger steg 8 % fra oktober 2025 til oktober 2026",
    );
  });
  it("says a count fell and judges it by the measure's direction", () => {
    expect(finding(placements, months(160, 144))).toBe(
      "Antallet af anbragte børn og unge faldt 10 % fra oktober 2025 til oktober 2026 – en forbedring",
    );
  });
  it("calls a change under 1 % unchanged", () => {
    expect(finding(notifications, months(200, 201))).toBe(
      "Antallet af underretninger er uændret fra oktober 2025 til oktober 2026 (201)",
    );
  });
  it("gives shares in percentages and judges a falling share of deadlines kept as worse", () => {
    expect(finding(deadlinesKept, months(0.86, 0.78, 0.8))).toBe(
      "Undersøgelser afsluttet inden 4 måneder faldt fra 86 % i oktober 2025 til 78 % i oktober 2026 – en forværring",
    );
  });
  it("does not reveal a suppressed value and says why there is no trend", () => {
    expect(
      finding(
        placements,
        months(12, 0).map((v, i) => (i === 21 ? "small" : v)),
      ),
    ).toBe("Antallet af anbragte børn og unge var under 5 i oktober 2026 – for få til at vise udviklingen");
  });
  it("compares with the previous month when last year is missing", () => {
    expect(finding(caseload, [23.5, 24.4])).toBe(
      "Sager pr. rådgiver steg 4 % fra januar 2025 til februar 2025 – en forværring",
    );
  });
  it("says plainly when there is no data", () => {
    expect(trendFinding(notifications, compareLatest([]))).toBe("Der er endnu ingen tal for underretninger");
  });
});

describe("keyFigure", () => {
  const placementsYear = [150, 152, 149, 151, 150, 148, 153, 150, 149, 151, 152, 150];
  it("compares with the same month last year and says when that is normal variation, without judging it", () => {
    const figure = keyFigure(placements, monthly([...placementsYear, 151, 140]));
    expect(figure && { ...figure, value: plain(figure.value), change: plain(figure.change) }).toEqual({
      measureId: "anbringelser",
      quantity: "born-familie/anbringelser",
      periodKey: "2026-02",
      raw: 140,
      label: "Anbragte børn og unge",
      value: "140",
      period: "ultimo februar 2026",
      change: "ned 8 % mod februar 2025 – usædvanligt lavt (uden for de normale grænser)",
      judgement: "better",
      trend: "down",
    });
    const normal = keyFigure(placements, monthly([...placementsYear, 151, 148]));
    expect(plain(normal?.change)).toBe("ned 3 % mod februar 2025 – inden for den normale variation");
    expect(normal?.judgement).toBe("neutral");
  });
  it("never compares one month with the month before: without last year it compares 3 months with the 3 before", () => {
    expect(keyFigure(placements, monthly([150, 140]))?.change).toBe("");
    expect(plain(keyFigure(placements, monthly([30, 32, 34, 40, 42, 44]))?.change)).toBe(
      "op 31 % de seneste 3 måneder mod de 3 før (gennemsnit)",
    );
  });
  it("shows a withheld latest value as 'under 5' without a change", () => {
    const figure = keyFigure(placements, monthly([12, "small"]));
    expect(plain(figure?.value)).toBe("under 5");
    expect(figure?.change).toBe("");
  });
  it("reports shares in percentage points", () => {
    const shares = [0.8, 0.81, 0.79, 0.8, 0.82, 0.8, 0.79, 0.81, 0.8, 0.8, 0.81, 0.8, 0.8];
    expect(plain(keyFigure(deadlinesKept, monthly([...shares, 0.86]))?.change)).toBe(
      "op 5,0 procentpoint mod februar 2025 – usædvanligt højt (uden for de normale grænser)",
    );
  });
});
