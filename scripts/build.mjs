// Atomic build: Astro writes into a temporary folder; only a build that succeeds (and passes the
// output checks) replaces the published folder. A failed build leaves the last good site untouched.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
const out = resolve(values.out ?? "dist");
const staging = `${out}.staging-${process.pid}`;
const started = performance.now();

function fail(message) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${message}\nThe published folder ${out} was not changed.`);
  process.exit(1);
}

// Run Astro's CLI on this same Node (22, from the project), whatever PATH says.
const astroCli = fileURLToPath(import.meta.resolve("astro/package.json")).replace(
  /package\.json$/,
  "bin/astro.mjs",
);
// --force: never reuse the content cache of an earlier build, which may have read another content folder.
const astro = spawnSync(process.execPath, [astroCli, "build", "--force", "--outDir", staging], {
  stdio: "inherit",
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
});
if (astro.status !== 0) fail("astro build stopped (see the messages above).");

const previous = `${out}.previous-${process.pid}`;
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
