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
  it("writes full precision with a decimal comma and shares as percentages", () => {
    expect(csvCell(12_345_678, "mioKr")).toBe("12345678");
    expect(csvCell(0.1234, "percent1")).toBe("12,34");
    expect(csvCell({ suppressed: true, reason: "small", threshold: 5 }, "number")).toBe("under 5");
  });
});
