import { describe, expect, it } from "vitest";
import { csvCell, formatCell } from "../../src/charts/cells.ts";
import { NBSP } from "../../src/i18n/format.ts";

describe("formatCell", () => {
  it("shows a small withheld count as 'under N', never as the number or zero", () => {
    expect(formatCell({ suppressed: true, reason: "small", threshold: 5 }, "number")).toBe(`under${NBSP}5`);
  });
  it("shows a complementary withheld count as 'skjult'", () => {
    expect(formatCell({ suppressed: true, reason: "complementary", threshold: 5 }, "number")).toBe("skjult");
  });
  it("formats amounts, shares and missing values in Danish", () => {
    expect(formatCell(12_345_678, "mioKr")).toBe(`12,3${NBSP}mio.${NBSP}kr.`);
    expect(formatCell(0.875, "percent")).toBe(`88${NBSP}%`);
    expect(formatCell(null, "number")).toBe("–");
  });
});

describe("csvCell", () => {
  it("writes amounts in full with a decimal comma, and shares as percentages at the page's precision", () => {
    expect(csvCell(12_345_678, "mioKr")).toBe("12345678");
    expect(csvCell(1.23456, "decimal1")).toBe("1,235");
    expect(csvCell(0.1234, "percent1")).toBe("12,3");
    expect(csvCell(0.8734, "percent")).toBe("87");
    expect(csvCell(-0.001, "percent")).toBe("0");
    expect(csvCell({ suppressed: true, reason: "small", threshold: 5 }, "number")).toBe("under 5");
  });
});
