import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const BRIEFING = "bfu-2026-11-budgetopfoelgning";

function build(out: string, env: Record<string, string>) {
  return spawnSync(process.execPath, ["scripts/build.mjs", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

describe("numbers in the prose come from data/", () => {
  it("a changed value in data/ changes the sentence that quotes it after a rebuild (until the briefing is recorded)", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-content-"));
    const data = join(work, "data");
    cpSync(join(ROOT, "data"), data, { recursive: true });
    // A recorded briefing keeps what it said (test/pages/revisions.test.ts); this one is not recorded yet.
    const content = join(work, "content");
    cpSync(join(ROOT, "content"), content, { recursive: true });
    rmSync(join(content, "records"), { recursive: true, force: true });
    const activity = readFileSync(join(data, "activity.csv"), "utf8");
    const line = activity.split("\n").find((l) => l.startsWith("born-familie,anbringelser,2026-10,"));
    expect(line).toBeDefined();
    writeFileSync(
      join(data, "activity.csv"),
      activity.replace(line ?? "", "born-familie,anbringelser,2026-10,321,count"),
    );

    const result = build(join(work, "dist"), {
      UDVALGSBRIEF_DATA_DIR: data,
      UDVALGSBRIEF_CONTENT_DIR: content,
    });
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(work, "dist", "moeder", BRIEFING, "index.html"), "utf8");
    expect(html).toMatch(/Antallet af anbragte børn og unge er <data[^>]*value="321"[^>]*>321<\/data>/);
  }, 180_000);

  it("a reference to an unknown measure stops the build with the file and line", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-content-"));
    const content = join(work, "content");
    cpSync(join(ROOT, "content"), content, { recursive: true });
    const file = join(content, "briefings", `${BRIEFING}.mdx`);
    const source = readFileSync(file, "utf8");
    writeFileSync(
      file,
      source.replace(
        '<Value measure="anbringelser" period="2026-10" />',
        '<Value measure="anbringelsr" period="2026-10" />',
      ),
    );
    const lineNumber =
      source.split("\n").findIndex((l) => l.includes('measure="anbringelser" period="2026-10"')) + 1;

    const result = build(join(work, "dist"), { UDVALGSBRIEF_CONTENT_DIR: content });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`${BRIEFING}.mdx, line ${lineNumber}: <Value>: unknown measure "anbringelsr"`);
    expect(output).not.toMatch(/\s+at\s.*\.(ts|js|mjs):\d+/); // no stack trace
  }, 180_000);

  it("a CPR number written into a briefing stops the build at load, before anything is rendered", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-content-"));
    const content = join(work, "content");
    cpSync(join(ROOT, "content"), content, { recursive: true });
    const file = join(content, "briefings", `${BRIEFING}.mdx`);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nSagen om barnet med cpr 010190-1234 er lukket.\n`);
    const result = build(join(work, "dist"), { UDVALGSBRIEF_CONTENT_DIR: content });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    const lineNumber = readFileSync(file, "utf8").split("\n").length - 1;
    expect(output).toContain(
      `${BRIEFING}.mdx, line ${lineNumber}: expected no CPR numbers in content (the text has the shape of a Danish personal id; remove it); found "cpr ••••••-••••"`,
    );
    expect(output).not.toContain("010190");
  }, 180_000);
});
