import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";

// The Nu Html Checker (the W3C validator, from the npm package vnu-jar) over every HTML page of the
// built site. It needs Java 11 or later; without it the test fails and says so rather than skipping.
const ROOT = join(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
const VNU = join(ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
const JAVA = process.env.JAVA ?? "java";

type Message = { type: string; subType?: string; url?: string; lastLine?: number; message: string };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

test("the Nu Html Checker finds no errors in any page of the built site", () => {
  test.setTimeout(120_000);
  const pages = htmlFiles(DIST);
  expect(pages.length, "no HTML pages in dist/; did the build run?").toBeGreaterThan(10);

  // A page with a known error, checked in the same run, proves the checker really reports errors.
  const canaryDir = join(ROOT, "test-results", "html-valid");
  mkdirSync(canaryDir, { recursive: true });
  const canary = join(canaryDir, "canary.html");
  writeFileSync(
    canary,
    '<!doctype html><html lang="da"><head><title>x</title></head><body><svg><text font-variant="tabular-nums">1</text></svg></body></html>\n',
  );

  const run = spawnSync(JAVA, ["-jar", VNU, "--errors-only", "--format", "json", canary, ...pages], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (run.error) {
    throw new Error(
      `Could not run the Nu Html Checker with "${JAVA}": ${run.error.message}. ` +
        "Install Java 11 or later (Debian: apt-get install -y default-jre-headless) or set JAVA to its path.",
    );
  }
  let messages: Message[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: Message[] }).messages;
  } catch {
    throw new Error(
      `The Nu Html Checker did not report JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`,
    );
  }
  const problems = messages.filter((m) => m.type !== "info");
  const fromCanary = problems.filter((m) => m.url?.endsWith("/canary.html"));
  expect(
    fromCanary.map((m) => m.message),
    "the checker missed the known error in the canary page",
  ).toEqual([expect.stringContaining("font-variant")]);

  const errors = problems
    .filter((m) => !m.url?.endsWith("/canary.html"))
    .map(
      (m) => `${m.url ? relative(ROOT, new URL(m.url).pathname) : "?"}:${m.lastLine ?? "?"}: ${m.message}`,
    );
  expect(errors, `${errors.length} Nu Html Checker errors in ${pages.length} pages`).toEqual([]);
});
