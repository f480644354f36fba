import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { demoFile, withCell } from "../fixtures/data-folder.ts";

const ROOT = join(import.meta.dirname, "../..");

function build(out: string, dataDir?: string) {
  return spawnSync(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...(dataDir ? { UDVALGSBRIEF_DATA_DIR: dataDir } : {}) },
  });
}

function snapshotFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = readFileSync(path, "base64");
    }
  };
  walk(folder);
  return files;
}

describe("npm run build", () => {
  it("stops on bad data with every problem listed and leaves the last good output untouched", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-build-"));
    const out = join(work, "dist");
    const good = build(out);
    expect(good.status, good.stderr).toBe(0);
    const before = snapshotFolder(out);
    expect(Object.keys(before)).toContain("index.html");

    const bad = join(work, "data");
    cpSync(join(ROOT, "data"), bad, { recursive: true });
    const lines = demoFile("finance.csv").split("\n");
    lines[5] = lines[4] ?? "";
    let text = withCell(lines.join("\n"), 2, "corrected_budget", "abc");
    text = withCell(text, 3, "area", "skole");
    text = withCell(text, 6, "function_label", "010190-1234");
    writeFileSync(join(bad, "finance.csv"), text);

    const failed = build(out, bad);
    const output = failed.stdout + failed.stderr;
    expect(failed.status).not.toBe(0);
    expect(output).toContain("has 4 problems");
    expect(output).toContain('finance.csv, row 2 (line 3), column "corrected_budget"');
    expect(output).toContain('finance.csv, row 3 (line 4), column "area"');
    expect(output).toContain('finance.csv, row 5 (line 6), column "month": expected one row per area');
    expect(output).toContain('finance.csv, row 6 (line 7), column "function_label": expected no CPR numbers');
    expect(output).not.toContain("010190-1234");
    expect(output).toContain("was not changed");
    expect(snapshotFolder(out)).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(["data", "dist"]);
  }, 180_000);

  it("builds the committee site into its own folder, with drafts, the banner and noindex on every page", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-build-"));
    const out = join(work, "dist-committee");
    const result = spawnSync(
      process.execPath,
      ["scripts/build.mjs", "--audience", "committee", "--out", out],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const draft = readFileSync(join(out, "moeder", "ssu-2026-11-hjemmepleje", "index.html"), "utf8");
    expect(draft).toContain("Fortroligt – til udvalgets medlemmer");
    expect(draft).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(draft).toContain("KLADDE");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Fortroligt – til udvalgets medlemmer");
    expect(readFileSync(join(out, "_headers"), "utf8")).toContain("X-Robots-Tag: noindex, nofollow");
  }, 180_000);
});
