import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { figureCsv } from "../../src/charts/csv-download.ts";
import { toCsvText } from "../../src/data/csv-text.ts";
import { loadDataset } from "../../src/data/load/dataset.ts";
import { allFigures } from "../../src/figures/site-figures.ts";
import { disclosureFindings } from "../../src/publish/disclosure-scan.ts";
import { publishedTables } from "../../src/publish/published-tables.ts";

const data = loadDataset("data");

/** The ladder parts of a built site, written the way the site writes them. */
function builtSite(edit: (files: Record<string, string>) => void = () => {}): string {
  const files: Record<string, string> = {};
  for (const table of publishedTables(data).filter((t) => t.id.startsWith("indsatstrappe")))
    files[`data/${table.id}.csv`] = toCsvText(
      table.columns.map((c) => c.key),
      table.rows,
    );
  for (const figure of allFigures(data).filter((f) => f.id.endsWith("-maal")))
    files[`csv/${figure.id}.csv`] = figureCsv(figure);
  edit(files);
  const root = mkdtempSync(join(tmpdir(), "udvalgsbrief-disclosure-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe("the attacker's audit of the built site", () => {
  it("finds nothing in what the site publishes", () => {
    expect(disclosureFindings(builtSite(), data)).toEqual([]);
  });

  it("stops a goal share printed with three decimals, naming the file and the cell it reopens", () => {
    const root = builtSite((files) => {
      const file = "csv/born-familie-maal.csv";
      // The shares as the raw data gives them, with three decimals on the percentage.
      const exact = (year: number) => {
        const rows = data.ladder.stocks.filter((s) => s.area === "born-familie" && s.period === year);
        const lower = rows.filter((s) => ["almene", "forebyggende", "stoette-hjem"].includes(s.step_id));
        const share = lower.reduce((a, s) => a + s.citizens, 0) / rows.reduce((a, s) => a + s.citizens, 0);
        return (share * 100).toFixed(3).replace(".", ",");
      };
      files[file] = (files[file] ?? "").replace(
        /^(\d{4});\d+;/gm,
        (_, year) => `${year};${exact(Number(year))};`,
      );
    });
    const findings = disclosureFindings(root, data);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.file).toBe("data/indsatstrappe-borgere.csv");
    expect(findings.map((f) => f.found).join("\n")).toMatch(
      /stock born-familie sikret \d{4} \(shown as under\)/,
    );
  });
});
