import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout;
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .replaceAll("\u00a0", " ");

describe("a revised number", () => {
  it("stays as published in its briefing (HTML unchanged), is called revised on the next one, and is listed on the data-quality page", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-revision-"));
    const data = join(work, "data");
    const content = join(work, "content");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    cpSync(join(ROOT, "content"), content, { recursive: true });
    rmSync(join(content, "records"), { recursive: true, force: true });
    const env = { UDVALGSBRIEF_DATA_DIR: data, UDVALGSBRIEF_CONTENT_DIR: content };
    expect(run("scripts/record-briefings.ts", [], env)).toContain("bfu-2026-10-budgetopfoelgning");
    // The November briefing is still being written: it has no record yet.
    rmSync(join(content, "records", "bfu-2026-11-budgetopfoelgning"), { recursive: true });
    run("scripts/build.mjs", ["--out", join(work, "before")], env);

    // The next delivery revises September: opholdssteder expect 0,6 mio. kr. more.
    const finance = readFileSync(join(data, "finance.csv"), "utf8").split("\n");
    const line = finance.findIndex((l) => l.startsWith("born-familie,5.28.22,") && l.includes(",2026-09,"));
    const cells = (finance[line] ?? "").split(",");
    cells[8] = String(Number(cells[8]) + 600_000);
    finance[line] = cells.join(",");
    writeFileSync(join(data, "finance.csv"), finance.join("\n"));
    run("scripts/build.mjs", ["--out", join(work, "after")], env);

    const page = (dist: string, path: string) => readFileSync(join(work, dist, path, "index.html"), "utf8");
    // The October briefing (September's numbers) is unchanged, charts and all; November's says
    // that September was revised, and the data-quality page lists it.
    const october = "moeder/bfu-2026-10-budgetopfoelgning";
    expect(page("after", october)).toBe(page("before", october));
    const november = text(page("after", "moeder/bfu-2026-11-budgetopfoelgning"));
    expect(november).toMatch(/september 2026 revideret fra \d+,\d mio\. kr\. til \d+,\d mio\. kr\./);
    expect(text(page("before", "moeder/bfu-2026-11-budgetopfoelgning"))).not.toMatch(/revideret fra/);
    expect(text(page("after", "datakvalitet"))).toMatch(
      /Forventet afvigelse \(Børn og familie\), september 2026: revideret fra \d+,\d mio\. kr\. til/,
    );
  }, 300_000);
});
