import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = join(import.meta.dirname, "../..");

test("npm run pdf renders the front page and every published briefing to A4 PDFs", async () => {
  test.setTimeout(120_000);
  const out = join(ROOT, "test-results", "pdf");
  const run = spawnSync(
    process.execPath,
    ["scripts/pdf.mjs", "--dist", "dist", "--out", out, "--port", "4391"],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  const briefings = readdirSync(join(ROOT, "dist", "moeder"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${d.name}.pdf`);
  expect(readdirSync(out).sort()).toEqual(["overblik.pdf", ...briefings].sort());
  for (const file of briefings) {
    const pdf = readFileSync(join(out, file)).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    // The cover stands on its own page, so a briefing has at least two A4 pages (595 × 842 pt).
    expect((pdf.match(/\/Type \/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
    const [width = 0, height = 0] = (/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [])
      .slice(1)
      .map(Number);
    expect(Math.round(width)).toBeGreaterThanOrEqual(595);
    expect(Math.round(width)).toBeLessThanOrEqual(596);
    expect(Math.round(height)).toBeGreaterThanOrEqual(842);
    expect(Math.round(height)).toBeLessThanOrEqual(843);
  }
});
