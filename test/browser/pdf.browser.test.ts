import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = join(import.meta.dirname, "../..");
const MM = 72 / 25.4;

/** Each page's text and how far down its body is filled (0–1), header and footer margins left out. */
function pdfPages(file: string): { text: string; fill: number; width: number; height: number }[] {
  const run = spawnSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 1 << 26 });
  expect(run.status, run.stderr).toBe(0);
  return [...run.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const [width, height] = [Number(m[1]), Number(m[2])];
    const [top, bottom] = [18 * MM, height - 16 * MM];
    const words = [...(m[3] ?? "").matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)];
    const body = words.filter((w) => Number(w[1]) > top && Number(w[2]) < bottom);
    const lowest = Math.max(top, ...body.map((w) => Number(w[2])));
    return {
      text: words.map((w) => w[3]).join(" "),
      fill: (lowest - top) / (bottom - top),
      width,
      height,
    };
  });
}

test("npm run pdf makes one A4 meeting document per briefing, and PDFs of the other pages, none nearly empty", async () => {
  test.setTimeout(180_000);
  const out = join(ROOT, "test-results", "pdf");
  // PDFs of an earlier build (pages since renamed) must not count.
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(
    process.execPath,
    ["scripts/pdf.mjs", "--dist", "dist", "--out", out, "--port", "4391"],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  const folders = (folder: string) =>
    readdirSync(join(ROOT, "dist", folder), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  const briefings = folders("moeder").map((name) => `${name}.pdf`);
  expect(readdirSync(out).sort()).toEqual(
    [
      "overblik.pdf",
      "sammenlign.pdf",
      ...briefings,
      ...folders("omraader").map((name) => `omraade-${name}.pdf`),
      ...folders("indsatstrappe").map((name) => `indsatstrappe-${name}.pdf`),
      ...folders("sammenlign").map((name) => `sammenlign-${name}.pdf`),
    ].sort(),
  );
  const problems: string[] = [];
  for (const file of readdirSync(out)) {
    const pages = pdfPages(join(out, file));
    if (pages.length === 0) problems.push(`${file}: no pages`);
    pages.forEach((page, i) => {
      if (Math.round(page.width) < 595 || Math.round(page.width) > 596 || Math.round(page.height) < 842)
        problems.push(`${file} page ${i + 1}: not A4 (${page.width} × ${page.height})`);
      if (!page.text.includes(`Side ${i + 1} af ${pages.length}`))
        problems.push(`${file} page ${i + 1}: no page number`);
      if (i < pages.length - 1 && page.fill < 1 / 3)
        problems.push(`${file} page ${i + 1}: only ${Math.round(page.fill * 100)} % full`);
    });
    if (briefings.includes(file)) {
      const first = pages[0]?.text ?? "";
      // The committee and the agenda item head every page; the briefing starts on page 1 (no empty cover).
      for (const page of pages)
        if (!/udvalget/.test(page.text) || !/Dagsordenspunkt \d+/.test(page.text))
          problems.push(`${file}: a page without the committee and agenda item in its header`);
      if (!first.includes("Det vigtigste")) problems.push(`${file}: page 1 is a cover without the briefing`);
    }
  }
  expect(problems).toEqual([]);
  // Link addresses are printed after the link text.
  expect(
    pdfPages(join(out, "overblik.pdf"))
      .map((p) => p.text)
      .join(" "),
  ).toContain("(/omraader/");
});
