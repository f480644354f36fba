import { describe, expect, it } from "vitest";
import {
  formatAxisMonth,
  formatDate,
  formatList,
  formatMioKr,
  formatMonth,
  formatMonthShort,
  formatNumber,
  formatPercent,
  formatSigned,
  interleaveList,
  NBSP,
} from "../src/i18n/format.ts";

const plain = (text: string) => text.replaceAll(NBSP, " ");

describe("formatNumber", () => {
  it("uses a dot for thousands and a comma for decimals", () => {
    expect(formatNumber(1234567.891, 2)).toBe("1.234.567,89");
  });
  it("prints negative numbers with an ASCII minus and never -0", () => {
    expect(formatNumber(-1234.5, 1)).toBe("-1.234,5");
    expect(formatNumber(-0.01, 1)).toBe("0,0");
  });
});

describe("formatMioKr", () => {
  it("writes amounts in kr. as mio. kr. with one decimal", () => {
    expect(plain(formatMioKr(1_234_500_000))).toBe("1.234,5 mio. kr.");
    expect(plain(formatMioKr(12_345_678))).toBe("12,3 mio. kr.");
  });
  it("keeps the unit on the same line as the number", () => {
    expect(formatMioKr(1e6)).toBe(`1,0${NBSP}mio.${NBSP}kr.`);
  });
});

describe("formatPercent", () => {
  it("turns a share into a Danish percentage with a space before the sign", () => {
    expect(plain(formatPercent(0.123))).toBe("12 %");
    expect(plain(formatPercent(0.1234, 1))).toBe("12,3 %");
  });
});

describe("formatSigned", () => {
  it("adds a plus to positive values only", () => {
    expect(formatSigned("4,0", 4)).toBe("+4,0");
    expect(formatSigned("-4,0", -4)).toBe("-4,0");
  });
});

describe("dates", () => {
  it("formats months and dates in Danish", () => {
    expect(formatMonth("2026-10")).toBe("oktober 2026");
    expect(formatDate("2026-03-01")).toBe("1. marts 2026");
  });
});

describe("month names and lists", () => {
  it("names months in Danish from Intl, short on axes only where the name is long", () => {
    expect(formatMonth("2026-03")).toBe("marts 2026");
    expect(formatDate("2026-10-01")).toBe("1. oktober 2026");
    expect(["2026-03", "2026-05", "2026-06", "2026-09"].map(formatMonthShort)).toEqual([
      "mar.",
      "maj",
      "juni",
      "sep.",
    ]);
    expect(formatAxisMonth(new Date("2026-01-01T00:00:00Z"))).toBe("jan. 2026");
    expect(formatAxisMonth(new Date("2026-12-01T00:00:00Z"))).toBe("dec.");
  });

  it('joins lists the Danish way: "A og B", "A, B og C", never "A og B og C"', () => {
    expect(formatList(["tung"])).toBe("tung");
    expect(formatList(["tung", "mellem"])).toBe("tung og mellem");
    expect(formatList(["tung", "mellem", "let"])).toBe("tung, mellem og let");
    expect(interleaveList([1, 2, 3])).toEqual([1, ", ", 2, " og ", 3]);
    expect(interleaveList([1])).toEqual([1]);
  });
});
