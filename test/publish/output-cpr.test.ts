import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanOutput } from "../../src/publish/scan-output.ts";

const page = (body: string) =>
  `<!doctype html><html lang="da"><head><title>x</title></head><body><main>${body}</main></body></html>`;

function builtSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "udvalgsbrief-cpr-scan-"));
  for (const [file, text] of Object.entries({ "index.html": page("<h1>Forside</h1>"), ...files })) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const scan = (files: Record<string, string>) =>
  scanOutput(builtSite(files), { threshold: 5, forbiddenTexts: [] }).filter((f) => f.check === "cpr");

describe("the output scan finds a CPR number in every shape", () => {
  it.each([
    ["no separator", "1503724127", "••••••••••"],
    ["a space", "150372 4127", "•••••• ••••"],
    ["an en dash", "150372\u20134127", "••••••\u2013••••"],
    ["an em dash", "150372\u20144127", "••••••\u2014••••"],
    ["a dot", "150372.4127", "••••••.••••"],
    ["a CPR prefix", "CPR1503724127", "CPR••••••••••"],
  ])("with %s, in a page and in a CSV label", (_shape, cpr, masked) => {
    expect(scan({ "moeder/x/index.html": page(`<p>Barnet ${cpr} er anbragt.</p>`) })).toEqual([
      { file: "moeder/x/index.html", check: "cpr", found: masked },
    ]);
    expect(scan({ "csv/x.csv": `\uFEFFMåned;Tekst\noktober 2026;Sag ${cpr}\n` })).toEqual([
      { file: "csv/x.csv", check: "cpr", found: masked },
    ]);
  });

  it("leaves amounts, phone numbers and function codes alone, and a ten-digit amount in a CSV cell", () => {
    const text = "<p>Budget 1.503.724.127 kr., tlf. 70 10 18 81, funktion 5.28.21, uge 2026-W07.</p>";
    expect(
      scan({ "x/index.html": page(text), "csv/x.csv": "Måned;Beløb (kr.)\noktober 2026;1503724127\n" }),
    ).toEqual([]);
  });
});
