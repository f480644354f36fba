import { describe, expect, it } from "vitest";
import { downloadFileName, figureCsv, figureMetadata } from "../../src/charts/csv-download.ts";
import type { ChartSpec } from "../../src/charts/spec.ts";

const spec: ChartSpec = {
  id: "born-familie-anbringelser",
  title: "Anbringelser: 152 børn i oktober, 4 flere end for et år siden",
  subtitle: "Antal børn anbragt uden for hjemmet, pr. måned",
  plot: { marks: [] },
  alt: "Linjediagram",
  table: {
    caption: "Anbragte børn pr. måned",
    columns: [
      { key: "month", label: "Måned", format: "text" },
      { key: "count", label: "Antal børn", format: "number", people: true },
    ],
    rows: [
      { month: "september 2026", count: 150 },
      { month: "oktober 2026", count: 152 },
    ],
  },
  source: "Kolding Kommune, fagsystem (eksempeldata)",
  definitions: ["Børn anbragt efter Barnets Lov § 46."],
  caveats: [],
  asOf: "2026-10-31",
};

describe("figureCsv", () => {
  it("starts with the header row, after the byte-order mark, and has one line per table row", () => {
    const lines = figureCsv(spec)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("Måned;Antal børn");
    expect(lines).toHaveLength(1 + spec.table.rows.length);
    expect(figureCsv(spec)).not.toContain("Kilde");
  });
});

describe("figureMetadata", () => {
  it("holds the title, source, date and definitions the CSV no longer carries", () => {
    expect(figureMetadata(spec)).toMatchObject({
      title: spec.title,
      source: spec.source,
      dataAsOf: "2026-10-31",
      definitions: ["Børn anbragt efter Barnets Lov § 46."],
      csv: { file: "/csv/born-familie-anbringelser.csv", delimiter: ";" },
      columns: [
        { name: "Måned", key: "month" },
        { name: "Antal børn", key: "count" },
      ],
    });
  });
});

describe("downloadFileName", () => {
  it("puts the title and data date in the file name, without characters a file system refuses", () => {
    expect(downloadFileName(spec.title, spec.asOf)).toBe(
      "Anbringelser 152 børn i oktober, 4 flere end for et år siden (data pr. 2026-10-31).csv",
    );
  });
  it("shortens a long title at a word boundary", () => {
    const name = downloadFileName(`${"Forventet merforbrug på plejefamilier ".repeat(5)}`, "2026-10-31");
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name).toMatch(/^Forventet merforbrug på plejefamilier .*[a-zæøå] \(data pr\. 2026-10-31\)\.csv$/);
  });
});
