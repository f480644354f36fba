import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * End to end, the few cases that show what test/bad-inputs.test.ts relies on: `npm run build`
 * stops on a bad input with exit code 1, prints the report once (grouped, sanitised, no stack),
 * and leaves the published folder as it was. The check runs before Astro, so these are fast.
 */

const ROOT = join(import.meta.dirname, "../..");

function attempt(edit: (root: string) => void, args: string[] = []) {
  const root = mkdtempSync(join(tmpdir(), "udvalgsbrief-bad-build-"));
  cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
  cpSync(join(ROOT, "content"), join(root, "content"), { recursive: true });
  edit(root);
  const out = join(root, "dist");
  mkdirSync(out);
  writeFileSync(join(out, "index.html"), "<p>the last good site</p>");
  const result = spawnSync(process.execPath, ["scripts/build.mjs", "--out", out, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      UDVALGSBRIEF_DATA_DIR: join(root, "data"),
      UDVALGSBRIEF_CONTENT_DIR: join(root, "content"),
    },
  });
  return {
    status: result.status,
    output: (result.stdout + result.stderr).replaceAll(`${root}/`, ""),
    published: readFileSync(join(out, "index.html"), "utf8"),
  };
}

describe("npm run build on bad input", () => {
  it("stops once, grouped and sanitised, without a stack trace, and publishes nothing", () => {
    const { status, output, published } = attempt((root) => {
      const finance = join(root, "data", "finance.csv");
      writeFileSync(
        finance,
        Buffer.from(readFileSync(finance, "utf8").replace("Forebyggende", "Børn"), "latin1"),
      );
      const draft = join(root, "content", "briefings", "ssu-2026-11-hjemmepleje.mdx");
      writeFileSync(draft, `${readFileSync(draft, "utf8")}\nBorgeren 150372–4127 har fået hjælp.\n`);
    });
    expect(status).toBe(1);
    expect(output).toContain("The input in data/ and content/ has 2 problems:");
    expect(output).toContain(
      "finance.csv, row 1 (line 2): expected UTF-8 text: the file looks like Windows-1252/Latin-1; save it as UTF-8 (in Excel: CSV UTF-8)",
    );
    expect(output).toContain("ssu-2026-11-hjemmepleje.mdx, line");
    expect(output).toContain('found "••••••–••••"');
    expect(output.match(/has 2 problems/g)).toHaveLength(1);
    expect(output).not.toMatch(/150372|4127/);
    expect(output).not.toMatch(/^\s+at\s/m);
    expect(output).toContain("was not changed");
    expect(published).toBe("<p>the last good site</p>");
  }, 60_000);

  it("checks a committee-only draft in the public build too", () => {
    const { status, output, published } = attempt((root) => {
      const draft = join(root, "content", "briefings", "ssu-2026-11-hjemmepleje.mdx");
      writeFileSync(
        draft,
        readFileSync(draft, "utf8").replace(/^committee:.*$/m, "committee: skoleudvalget"),
      );
    });
    expect(status).toBe(1);
    expect(output).toContain(
      'ssu-2026-11-hjemmepleje.mdx, line 2, column "committee": expected a committee id from data/site.json',
    );
    expect(published).toBe("<p>the last good site</p>");
  }, 60_000);
});

describe("npm run aggregate on a bad extract", () => {
  it("exits 1 with the report once, the key masked, and nothing written", () => {
    const root = mkdtempSync(join(tmpdir(), "udvalgsbrief-bad-aggregate-"));
    mkdirSync(join(root, "input"));
    writeFileSync(
      join(root, "input", "extract.csv"),
      "person_key,area,service_code,provider_type,start_date,end_date,price_per_year\n150372 4127,born-familie,SEL-52,kommunal,2023-01-01,,1000\n",
    );
    const result = spawnSync(
      process.execPath,
      ["scripts/aggregate.ts", "--input", join(root, "input"), "--out", join(root, "out")],
      { cwd: ROOT, encoding: "utf8" },
    );
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain('column "person_key": expected a pseudonymised key, not a CPR number');
    expect(output).toContain('found "•••••• ••••"');
    expect(output.match(/has 1 problem/g)).toHaveLength(1);
    expect(output).toContain("Nothing was written.");
    expect(output).not.toMatch(/150372|4127|^\s+at\s/m);
  }, 60_000);
});
