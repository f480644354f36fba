import { describe, expect, it } from "vitest";
import {
  addMonths,
  endOfMonth,
  frequencyOf,
  isoWeekMonth,
  isoWeekOf,
  isoWeekSunday,
  isoWeeksInYear,
  lastIsoWeekBy,
  monthRange,
  monthsFromTo,
  nextPeriod,
  periodKnownBy,
  periodStart,
  samePeriodLastYear,
  weekParts,
  yearRange,
} from "../../src/data/period.ts";

const day = (date: Date) => date.toISOString().slice(0, 10);

describe("period arithmetic", () => {
  it("tells a year, a month and an ISO week apart", () => {
    expect(["2026", "2026-10", "2026-W07"].map(frequencyOf)).toEqual(["year", "month", "week"]);
  });

  it("starts a month on the 1st, a week on its Monday (ISO, even across the new year) and a year on 1 January", () => {
    expect(day(periodStart("2026-10"))).toBe("2026-10-01");
    expect(day(periodStart("2026-W01"))).toBe("2025-12-29");
    expect(day(periodStart("2020-W53"))).toBe("2020-12-28");
    expect(day(periodStart("2026"))).toBe("2026-01-01");
    expect(() => periodStart("2026-W99")).toThrow('Not an ISO week: "2026-W99"');
  });

  it("names the ISO week of a date, with the ISO year where it differs from the calendar year", () => {
    expect(isoWeekOf(new Date("2026-01-01T12:00:00Z"))).toBe("2026-W01");
    expect(isoWeekOf(new Date("2021-01-03T12:00:00Z"))).toBe("2020-W53");
    expect(isoWeekOf(new Date("2024-12-30T12:00:00Z"))).toBe("2025-W01");
  });

  it("ends a week on its Sunday, and places it in that Sunday's month", () => {
    expect(isoWeekSunday("2026-W35")).toBe("2026-08-30");
    expect(isoWeekSunday("2026-W36")).toBe("2026-09-06");
    expect(isoWeekMonth("2026-W36")).toBe("2026-09");
    expect(isoWeekMonth("2026-W35")).toBe("2026-08");
  });

  it("counts 53 ISO weeks exactly in the long years", () => {
    expect([2015, 2019, 2020, 2021, 2026].map(isoWeeksInYear)).toEqual([53, 52, 53, 52, 53]);
  });

  it("finds the last week that had ended on a date: the same week on its Sunday, the one before otherwise", () => {
    expect(lastIsoWeekBy("2026-08-30")).toBe("2026-W35");
    expect(lastIsoWeekBy("2026-08-29")).toBe("2026-W34");
    expect(lastIsoWeekBy("2026-10-31")).toBe("2026-W43");
    expect(lastIsoWeekBy("2026-01-02")).toBe("2025-W52");
  });

  it("moves and counts months across years, both ways", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-05", 0)).toBe("2026-05");
    expect(monthsFromTo("2025-11", "2026-02")).toBe(3);
    expect(monthsFromTo("2026-02", "2025-11")).toBe(-3);
    expect(monthsFromTo("2026-02", "2026-02")).toBe(0);
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthRange("2026-02", "2026-02")).toEqual(["2026-02"]);
    expect(yearRange("2023", "2025")).toEqual(["2023", "2024", "2025"]);
    expect(yearRange("2025", "2025")).toEqual(["2025"]);
  });

  it("steps to the next period: week 52 → 53 in a long year, 53 → next year's 1, December → January", () => {
    expect(nextPeriod("2026-W52")).toBe("2026-W53");
    expect(nextPeriod("2026-W53")).toBe("2027-W01");
    expect(nextPeriod("2025-W52")).toBe("2026-W01");
    expect(nextPeriod("2026-W09")).toBe("2026-W10");
    expect(nextPeriod("2026-12")).toBe("2027-01");
    expect(nextPeriod("2026-09")).toBe("2026-10");
    expect(nextPeriod("2026")).toBe("2027");
  });

  it("goes a year back in the same kind of period", () => {
    expect(["2026-10", "2026-W07", "2026"].map(samePeriodLastYear)).toEqual(["2025-10", "2025-W07", "2025"]);
  });

  it("ends months on their last day, leap years included", () => {
    expect(["2026-08", "2026-09", "2024-02", "2026-02", "2026-12"].map(endOfMonth)).toEqual([
      "2026-08-31",
      "2026-09-30",
      "2024-02-29",
      "2026-02-28",
      "2026-12-31",
    ]);
  });

  it("knows a period by the end of a month only once it has ended", () => {
    expect(periodKnownBy("2026-09", "2026-09")).toBe(true);
    expect(periodKnownBy("2026-10", "2026-09")).toBe(false);
    expect(periodKnownBy("2026-W35", "2026-08")).toBe(true);
    expect(periodKnownBy("2026-W36", "2026-08")).toBe(false);
    expect(periodKnownBy("2025", "2026-01")).toBe(true);
    expect(periodKnownBy("2026", "2026-12")).toBe(false);
  });

  it("splits a week period into year and week, and nothing else", () => {
    expect(weekParts("2026-W07")).toEqual({ year: 2026, week: 7 });
    expect(weekParts("2026-07")).toBeUndefined();
  });
});
