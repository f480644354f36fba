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
  it("stays as published in its briefing, is called revised on the next one, and is listed on the data-quality page", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-revision-"));
    const data = join(work, "data");
    const content = join(work, "content");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    cpSync(join(ROOT, "content"), content, { recursive: true });
    rmSync(join(content, "records"), { recursive: true, force: true });
    const env = { UDVALGSBRIEF_DATA_DIR: data, UDVALGSBRIEF_CONTENT_DIR: content };
    run("scripts/build.mjs", ["--out", join(work, "before")], env);
    expect(run("scripts/record-briefings.ts", ["--dist", join(work, "before")], env)).toContain(
      "bfu-2026-09-budgetopfoelgning.json",
    );

    // The next delivery revises August: opholdssteder expect 0,6 mio. kr. more.
    const finance = readFileSync(join(data, "finance.csv"), "utf8").split("\n");
    const line = finance.findIndex((l) => l.startsWith("born-familie,5.28.22,") && l.includes(",2026-08,"));
    const cells = (finance[line] ?? "").split(",");
    cells[8] = String(Number(cells[8]) + 600_000);
    finance[line] = cells.join(",");
    writeFileSync(join(data, "finance.csv"), finance.join("\n"));
    run("scripts/build.mjs", ["--out", join(work, "after")], env);

    const page = (dist: string, path: string) => readFileSync(join(work, dist, path, "index.html"), "utf8");
    const september = "moeder/bfu-2026-09-budgetopfoelgning";
    const deviation = (html: string) =>
      /data-quantity="born-familie\/forventet-afvigelse" data-period="2026-08"[^>]*>([^<]+)</.exec(html)?.[1];
    expect(deviation(page("after", september))).toBe(deviation(page("before", september)));
    expect(text(page("after", "moeder/bfu-2026-10-budgetopfoelgning"))).toMatch(
      /august 2026 revideret fra \d+,\d mio\. kr\. til \d+,\d mio\. kr\./,
    );
    expect(text(page("before", "moeder/bfu-2026-10-budgetopfoelgning"))).not.toMatch(/revideret fra/);
    expect(text(page("after", "datakvalitet"))).toMatch(/Forventet afvigelse, august 2026: revideret fra/);
  }, 300_000);
});
