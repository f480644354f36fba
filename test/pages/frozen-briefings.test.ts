import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addNextMonth } from "../fixtures/next-month.ts";

const ROOT = join(import.meta.dirname, "../..");

function build(out: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
}

/** The briefing pages of a build, by id. */
function briefings(dist: string): Map<string, string> {
  const dir = join(dist, "moeder");
  return new Map(
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [entry.name, readFileSync(join(dir, entry.name, "index.html"), "utf8")]),
  );
}

describe("a published briefing is a record", () => {
  it("adding a month of data changes no briefing written against an earlier month", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-frozen-"));
    const data = join(work, "data");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    // Without records: each briefing is computed from the data as of its data month alone
    // (a recorded briefing is frozen by its record; test/pages/revisions.test.ts).
    const content = join(work, "content");
    cpSync(join(ROOT, "content"), content, { recursive: true });
    rmSync(join(content, "records"), { recursive: true, force: true });
    const env = { UDVALGSBRIEF_DATA_DIR: data, UDVALGSBRIEF_CONTENT_DIR: content };
    build(join(work, "before"), env);
    addNextMonth(data);
    build(join(work, "after"), env);

    const before = briefings(join(work, "before"));
    const after = briefings(join(work, "after"));
    expect(before.size).toBeGreaterThan(0);
    for (const [id, html] of before) {
      expect(after.get(id), `moeder/${id}/index.html changed after a month of data was added`).toBe(html);
    }
    // The new month did reach the pages that are not records.
    const front = (dir: string) => readFileSync(join(work, dir, "index.html"), "utf8");
    expect(front("after")).not.toBe(front("before"));
  }, 300_000);
});
