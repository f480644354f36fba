import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OWN_DATA_SECTIONS } from "../../src/data/public-only.ts";

const ROOT = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-public-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (html: string) =>
  html
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("npm run build -- --municipality 159 (Gladsaxe from public data alone)", () => {
  it("builds the comparison and a public front page, with Copenhagen suburbs as default peers and the reason, and no own-data section", () => {
    const out = join(work, "site");
    const run = spawnSync(process.execPath, ["scripts/build.mjs", "--municipality", "159", "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const front = text(readFileSync(join(out, "index.html"), "utf8"));
    expect(front).toContain("Gladsaxe i offentlige tal");
    expect(front).toContain("De 7 kommuner, der ligner Gladsaxe mest på indbyggertal");
    for (const suburb of ["Gentofte", "Lyngby-Taarbæk", "Ballerup", "Rødovre"])
      expect(front).toContain(suburb);
    expect(front).not.toContain("Eksempeldata");
    for (const section of OWN_DATA_SECTIONS) expect(existsSync(join(out, section)), section).toBe(false);
    const measures = readdirSync(join(out, "sammenlign"), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    );
    expect(measures.length).toBe(7);
    const page = text(
      readFileSync(join(out, "sammenlign", "regk31-forebyggende-born", "index.html"), "utf8"),
    );
    expect(page).toContain("Kilde: Danmarks Statistik, REGK31");
    expect(page).toContain("Gladsaxe ligger");
    // No download made from the demo municipality's own tables.
    expect(readdirSync(join(out, "data")).sort()).toEqual(
      [
        "index.html",
        "kilder",
        "kommuner.csv",
        "kommuner.metadata.json",
        "sammenligning.csv",
        "sammenligning.metadata.json",
      ].sort(),
    );
  }, 240_000);
});
