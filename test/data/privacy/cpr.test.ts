import { describe, expect, it } from "vitest";
import { containsCpr, cprYear, findCprNumbers, isCprDigits, maskCpr } from "../../../src/data/privacy/cpr.ts";

/** Every day of a year as DDMMYY, with the calendar's own answer on whether it exists. */
function everyDay(year: number): string[] {
  const days: string[] = [];
  for (let date = new Date(Date.UTC(year, 0, 1)); date.getUTCFullYear() === year; ) {
    const dd = String(date.getUTCDate()).padStart(2, "0");
    const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
    days.push(`${dd}${mm}${String(year % 100).padStart(2, "0")}`);
    date = new Date(date.getTime() + 86_400_000);
  }
  return days;
}

/** Serial digits whose first digit puts the two-digit year in the given century. */
function serialFor(year: number): string {
  const yy = year % 100;
  if (year < 1900) return "5123"; // 5–8 with yy ≥ 58
  if (year < 2000) return "1234"; // 0–3 always 1900s
  return yy <= 36 ? "4321" : "5123"; // 4 or 9 up to 36, 5–8 up to 57
}

const SHAPES = ["-", "\u2013", "\u2014", " ", ".", ""];

describe("cprYear", () => {
  it("follows the CPR office's century rules for the first serial digit", () => {
    expect([0, 1, 2, 3].map((d) => cprYear(72, d))).toEqual([1972, 1972, 1972, 1972]);
    expect(cprYear(36, 4)).toBe(2036);
    expect(cprYear(37, 4)).toBe(1937);
    expect(cprYear(36, 9)).toBe(2036);
    expect(cprYear(57, 5)).toBe(2057);
    expect(cprYear(58, 8)).toBe(1858);
  });
});

describe("isCprDigits", () => {
  it("accepts every real day and nothing else, for a generated set of years in three centuries", () => {
    for (const year of [1858, 1900, 1972, 1999, 2000, 2004, 2023, 2024, 2036]) {
      const real = new Set(everyDay(year));
      for (let month = 1; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const ddmmyy = `${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${String(year % 100).padStart(2, "0")}`;
          expect(isCprDigits(`${ddmmyy}${serialFor(year)}`), `${ddmmyy} ${year}`).toBe(real.has(ddmmyy));
        }
      }
    }
  });

  it("takes 29 February only in a leap year of the century the serial gives", () => {
    expect(isCprDigits("2902001234")).toBe(false); // 1900: not a leap year
    expect(isCprDigits("2902004321")).toBe(true); // 2000: a leap year
    expect(isCprDigits("2902241234")).toBe(true); // 1924
    expect(isCprDigits("2902231234")).toBe(false); // 1923
  });
});

describe("findCprNumbers", () => {
  it("finds 15 March 1972 with every separator, a CPR prefix, and none", () => {
    for (const separator of SHAPES) {
      const text = `Barnet (150372${separator}4127) er anbragt.`;
      expect(containsCpr(text), JSON.stringify(separator)).toBe(true);
      expect(maskCpr(text)).not.toMatch(/150372|4127/);
    }
    for (const prefixed of [
      "CPR1503724127",
      "CPR 150372-4127",
      "cpr-nr. 150372-4127",
      "CPR-nr.: 1503724127",
    ]) {
      expect(containsCpr(prefixed), prefixed).toBe(true);
      expect(maskCpr(prefixed)).not.toMatch(/\d{4}/);
    }
  });

  it("reads nine digits as a CPR number with its leading zero lost only where a key or id is expected", () => {
    expect(containsCpr("503724127", { idContext: true })).toBe(true); // 05-03-72
    expect(containsCpr("503724127")).toBe(false);
    expect(containsCpr("P1503724127", { idContext: true })).toBe(true);
    expect(containsCpr("P000123", { idContext: true })).toBe(false);
  });

  it("leaves ten bare digits alone in an amount column, but not a dashed or prefixed number", () => {
    expect(containsCpr("1503724127", { numeric: true })).toBe(false);
    expect(containsCpr("150372-4127", { numeric: true })).toBe(true);
  });

  it("does not mistake amounts, phone numbers, codes, dates or hashes for CPR numbers", () => {
    const innocent = [
      "1.503.724.127 kr.",
      "112.000.000",
      "Ring på 70 10 18 81 eller +45 33 12 34 56",
      "+4533123456",
      "5.28.21",
      "05.28.21.1234",
      "2026-03-01",
      "2026-W07",
      "uge 2026-11 til 2026-12",
      "Barnets Lov § 32",
      "sha256-Ab1503724127Cd",
      "index.B1503724127Q.js",
      "3203721234",
      "1513721234",
      "12345678901",
    ];
    for (const text of innocent) expect(findCprNumbers(text), text).toEqual([]);
  });

  it("reports where each number is, so a scan can quote its shape without its digits", () => {
    expect(findCprNumbers("a 150372-4127 b 010190 1234")).toEqual([
      { index: 2, length: 11 },
      { index: 16, length: 11 },
    ]);
    expect(maskCpr("a 150372-4127 b")).toBe("a ••••••-•••• b");
  });
});
