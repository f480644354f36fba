import { describe, expect, it } from "vitest";
import { cellText } from "../../../src/data/aggregate/read-xlsx.ts";

describe("cellText", () => {
  it("writes a date cell as YYYY-MM-DD", () => {
    expect(cellText(new Date("2024-03-01T00:00:00Z"), true)).toBe("2024-03-01");
  });

  it("reads a number in a date column as an Excel serial date (a date cell that lost its format)", () => {
    expect(cellText(45_352, true)).toBe("2024-03-01");
    expect(cellText(45_352, false)).toBe("45352");
  });

  it("takes the text of rich text and the result of a formula, and empty for a blank cell", () => {
    expect(cellText({ richText: [{ text: "SEL" }, { text: "-85" }] }, false)).toBe("SEL-85");
    expect(cellText({ formula: "A1*2", result: 960_000 }, false)).toBe("960000");
    expect(cellText(null, false)).toBe("");
  });
});
