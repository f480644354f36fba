// Runs every suite (type check, lint/format, unit tests, browser tests), even after a failure, and
// ends with one plain line "N passed, N failed, N skipped" totalling them all. Exit code 1 on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function run(command, args, env = {}) {
  console.log(`\n▶ ${[command, ...args].join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name, command, args) {
  const ok = run(command, args);
  totals[ok ? "passed" : "failed"] += 1;
  summary.push(`${name}: ${ok ? "passed" : "FAILED"}`);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

/** A suite that reports its tests in a JSON file; a crash before the report counts as one failure. */
function suite(name, ok, counts) {
  if (!counts) {
    totals.failed += 1;
    summary.push(`${name}: FAILED before reporting any test results`);
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (!ok && counts.failed === 0) totals.failed += 1;
  summary.push(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

check("type check (astro check)", "astro", ["check"]);
check("lint and format (biome ci)", "biome", ["ci", "--error-on-warnings", "."]);

rmSync("test-results/vitest.json", { force: true });
const unitOk = run("vitest", [
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/vitest.json",
]);
const vitest = readJson("test-results/vitest.json");
suite(
  "unit tests (vitest)",
  unitOk,
  vitest && {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  },
);

rmSync("test-results/playwright.json", { force: true });
const chromiumOk =
  run("sh", ["scripts/ensure-chromium.sh"]) &&
  run("sh", ["scripts/ensure-poppler.sh"]) &&
  run("sh", ["scripts/ensure-java.sh"]);
const browserOk =
  chromiumOk &&
  run("playwright", ["test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/playwright.json",
  });
const playwright = readJson("test-results/playwright.json");
suite(
  "browser tests (playwright)",
  browserOk,
  playwright && {
    passed: playwright.stats.expected + playwright.stats.flaky,
    failed: playwright.stats.unexpected,
    skipped: playwright.stats.skipped,
  },
);

console.log(`\n${summary.join("\n")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
