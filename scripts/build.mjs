// Atomic build: Astro writes into a temporary folder; the search index, the security policy and the
// output checks run there; only a build that passes every check replaces the published folder. A
// failed build leaves the last good site untouched.
//   npm run build                 the public transparency site → dist/
//   npm run build:committee       the committee's site (drafts, committee-only) → dist-committee/
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { optionsEnvironment, resolveBuildOptions } from "../src/build-options.ts";
import { loadDataset } from "../src/data/load/dataset.ts";
import { formatReportAs, installErrorVoice, isVerbose, sanitize } from "../src/data/load/report.ts";
import { OWN_DATA_SECTIONS } from "../src/data/public-only.ts";
import { checkInputs } from "../src/publish/check-inputs.ts";
import { checkConsistency, formatConflicts } from "../src/publish/consistency.ts";
import { copyFindings } from "../src/publish/copy-check.ts";
import {
  contentSecurityPolicy,
  foreignInlineScripts,
  headersFile,
  inlineScriptHashes,
  nginxHeaders,
  withCspMeta,
} from "../src/publish/csp.ts";
import { formatDisclosure, ladderDisclosure } from "../src/publish/disclosure-report.ts";
import { disclosureFindings } from "../src/publish/disclosure-scan.ts";
import { COMMITTEE_BANNER, forbiddenInPublic } from "../src/publish/forbidden-texts.ts";
import { formatFindings, scanOutput } from "../src/publish/scan-output.ts";

// Every line this build prints, its own and Astro's, passes the sanitiser that masks CPR numbers;
// an unexpected error is printed once, without a stack unless --verbose or DEBUG=1.
installErrorVoice();
const { values } = parseArgs({
  options: {
    out: { type: "string" },
    audience: { type: "string" },
    // A site for any municipality from public data alone: the comparison section and a front page of public key figures.
    municipality: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});
const verbose = values.verbose || isVerbose();
// The options of src/build-options.ts; the --audience and --municipality flags win over the environment.
const options = resolveBuildOptions(process.env, {
  audience: values.audience,
  municipality: values.municipality,
});
const { audience, dataDir, contentDir, municipality } = options;
const out = resolve(values.out ?? options.outDir);
const staging = `${out}.staging-${process.pid}`;
const started = performance.now();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...optionsEnvironment(options) };

function fail(message) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nThe published folder ${out} was not changed.`);
  process.exit(1);
}

// Tools run on this same Node (22, from the project) by their file path, whatever PATH says.
function bin(pkg, path) {
  return join(fileURLToPath(new URL("..", import.meta.url)), "node_modules", pkg, path);
}

// Every data table and every content file, for every audience, before anything renders: the
// problems are printed once, grouped, and nothing is built.
const problems = checkInputs({ dataDir, contentDir, audience });
if (problems.length > 0) {
  console.error(formatReportAs(`The input in ${dataDir}/ and ${contentDir}/`, problems));
  fail("fix the problems above and build again.");
}
// The validated data: its threshold is the one the output scan checks (never a raw read of site.json).
const dataset = loadDataset(dataDir, undefined, audience);
console.log(
  `✓ small-cell protection (threshold ${dataset.threshold}, every published relation solved together):\n${formatDisclosure(ladderDisclosure(dataset))}`,
);

/** Astro's output, sanitised; without --verbose, stack frames and repeated lines are left out. */
function relay(text, stream) {
  const lines = sanitize(text ?? "").split("\n");
  const kept = verbose
    ? lines
    : lines.filter(
        (line, i) =>
          !/^\s+at\s|^\s*Stack trace:?\s*$/.test(line) && (line.trim() === "" || line !== lines[i - 1]),
      );
  stream.write(kept.join("\n"));
}

/**
 * Runs one stage quietly: on success one summary line (and any warning the tool printed); on
 * failure everything the tool printed, so the cause is on screen. VERBOSE=1 shows all output.
 */
function stage(name, args, summarise) {
  const stageStarted = performance.now();
  const run = spawnSync(process.execPath, args, {
    env,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    stdio: process.env.VERBOSE ? "inherit" : "pipe",
  });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  if (run.status !== 0) {
    relay(output, process.stderr);
    return false;
  }
  const warnings = output
    .split("\n")
    .filter((line) => /\[WARN\]|warning/i.test(line) && !/data store cleared \(force\)/.test(line));
  for (const line of warnings) console.warn(line);
  const seconds = ((performance.now() - stageStarted) / 1000).toFixed(1);
  console.log(`✓ ${name}: ${summarise(output)} (${seconds} s)`);
  return true;
}

// --force: never reuse the content cache of an earlier build, which may have read another content folder.
const astroOk = stage(
  "pages",
  [bin("astro", "bin/astro.mjs"), "build", "--force", "--outDir", staging],
  (output) => {
    const pages = /(\d+) page\(s\) built/.exec(output)?.[1] ?? "?";
    const files = (output.match(/[├└]─ /g) ?? []).length;
    return `${pages} pages and ${files - Number(pages) || 0} downloads built by Astro`;
  },
);
if (!astroOk) fail("astro build stopped (see the messages above).");
// From public data alone: the sections that need the municipality's own tables are left out.
if (municipality) {
  for (const section of OWN_DATA_SECTIONS) rmSync(join(staging, section), { recursive: true, force: true });
}

const pagefindOk = stage(
  "search index",
  [bin("pagefind", "lib/runner/bin.cjs"), "--site", staging, "--force-language", "da"],
  (output) =>
    `${/Indexed (\d+) pages/.exec(output)?.[1] ?? "?"} pages, ${/Indexed (\d+) words/.exec(output)?.[1] ?? "?"} words indexed by Pagefind`,
);
if (!pagefindOk) fail("the search index (pagefind) could not be built.");

const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith(".html") ? [path] : [];
  });
const pages = htmlFiles(staging);
const foreign = pages.flatMap((page) =>
  foreignInlineScripts(readFileSync(page, "utf8")).map(
    (script) => `  - ${page.slice(staging.length + 1)}: ${script}`,
  ),
);
if (foreign.length > 0)
  fail(
    `inline scripts that are not the site's own components (scripts may not come from content):\n${foreign.join("\n")}`,
  );
const csp = contentSecurityPolicy(pages.flatMap((page) => inlineScriptHashes(readFileSync(page, "utf8"))));
for (const page of pages) writeFileSync(page, withCspMeta(readFileSync(page, "utf8"), csp));
writeFileSync(join(staging, "_headers"), headersFile(csp, { noindex: audience === "committee" }));
writeFileSync(join(staging, "_headers.nginx"), nginxHeaders(csp, { noindex: audience === "committee" }));

const findings = [
  ...scanOutput(staging, {
    threshold: dataset.threshold,
    forbiddenTexts: audience === "public" ? forbiddenInPublic(join(contentDir, "briefings")) : [],
  }),
  ...disclosureFindings(staging, dataset),
];
if (findings.length > 0)
  fail(`the output checks found ${findings.length} problem(s):\n${formatFindings(findings)}`);
console.log(
  "✓ output checks: no CPR numbers, small counts, withheld counts the printed figures reopen, third-party requests or broken links",
);
const slips = copyFindings(staging);
if (slips.length > 0)
  fail(
    `the proof-reading check found ${slips.length} slip(s) in the generated text:\n${slips.map((s) => `  - ${s.file}: ${s.problem}`).join("\n")}`,
  );
console.log('✓ proof-reading: no "..", no missing space after ":" or ".", no double spaces');
const consistency = checkConsistency(staging);
if (consistency.conflicts.length > 0)
  fail(
    `one quantity has two numbers on the site (${consistency.conflicts.length} conflict(s)):\n${formatConflicts(consistency.conflicts)}`,
  );
if (
  audience === "committee" &&
  !readFileSync(join(staging, "index.html"), "utf8").includes(COMMITTEE_BANNER)
) {
  fail("the committee build must carry the confidentiality banner on every page.");
}

const previous = `${out}.previous-${process.pid}`;
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(
  `Built the ${audience} site in ${out} (${pages.length} pages) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
