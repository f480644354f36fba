// The comparison section for every one of the 98 municipalities from public data alone, in one
// process (the fixed cost of loading and validating the data paid once): peer groups, every
// comparison figure of every measure and peer group, rendered to SVG: the compute part of a
// 98-municipality public build. Then one real build for Gladsaxe, and all 98 real builds, one per
// core at a time (BENCH_PUBLIC_SITES=estimate skips those and estimates from the one).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { renderSvg } from "../src/charts/render.ts";
import { loadDataset } from "../src/data/load/dataset.ts";
import { defaultPeerGroup, peerGroups } from "../src/data/transform/peer-groups.ts";
import {
  benchmarkMeasures,
  comparisonOverviewFigure,
  measureComparisonFigures,
} from "../src/figures/compare-figures.ts";
import type { BenchResult } from "./report.ts";

const ROOT = join(import.meta.dirname, "..");

/** One `npm run build -- --municipality <code>` into its own folder; resolves with its exit status. */
function buildFor(code: number, out: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["scripts/build.mjs", "--municipality", String(code).padStart(3, "0"), "--out", out],
      { cwd: ROOT, stdio: "ignore" },
    );
    child.on("close", (status) => resolve(status ?? 1));
  });
}

/** Every municipality's public site, built for real, one build per core at a time. */
async function buildAll(codes: readonly number[]): Promise<{ seconds: number; failed: number[] }> {
  const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-public-all-"));
  const queue = [...codes];
  const failed: number[] = [];
  const started = performance.now();
  const worker = async () => {
    for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
      const out = join(work, String(code));
      if ((await buildFor(code, out)) !== 0) failed.push(code);
      rmSync(out, { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  rmSync(work, { recursive: true, force: true });
  return { seconds: (performance.now() - started) / 1000, failed };
}

export default async function benchPublicSites(): Promise<BenchResult> {
  const started = performance.now();
  const base = loadDataset(join(ROOT, "data"));
  const loaded = performance.now();
  let figures = 0;
  let svgBytes = 0;
  const examples: (string | number)[][] = [];
  for (const m of base.municipalities) {
    const data = { ...base, site: { ...base.site, municipalityCode: m.code } };
    const specs = [
      comparisonOverviewFigure(data),
      ...benchmarkMeasures(data).flatMap((measure) =>
        peerGroups(data).flatMap((group) => measureComparisonFigures(data, measure, group)),
      ),
    ];
    for (const spec of specs)
      svgBytes += renderSvg(spec.plot, { label: spec.title, describedBy: `${spec.id}-alt` }).length;
    figures += specs.length;
    if ([101, 159, 621, 825].includes(m.code))
      examples.push([
        m.municipality,
        defaultPeerGroup(data)
          .peers.map((p) => p.municipality)
          .join(", "),
      ]);
  }
  const seconds = (performance.now() - loaded) / 1000;
  // One real public-data build (Astro, search index, output checks) for Gladsaxe, timed.
  const out = join(mkdtempSync(join(tmpdir(), "udvalgsbrief-public-")), "site");
  const buildStarted = performance.now();
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--municipality", "159", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  rmSync(join(out, ".."), { recursive: true, force: true });
  // All 98, for real (several minutes): BENCH_PUBLIC_SITES=estimate skips it and only estimates.
  const all =
    process.env.BENCH_PUBLIC_SITES === "estimate"
      ? undefined
      : await buildAll(base.municipalities.map((m) => m.code));
  return {
    title: "Public comparison section for all 98 municipalities (one process)",
    context: [
      `${base.municipalities.length} municipalities, ${benchmarkMeasures(base).length} public measures, ${peerGroups(base).length} peer groups each`,
      "Figures computed and rendered to SVG; no Astro pages, HTML or search index",
    ],
    tables: [
      {
        caption: "Time",
        columns: ["step", "seconds"],
        rows: [
          ["load and validate data (once)", ((loaded - started) / 1000).toFixed(2)],
          ["98 comparison sections", seconds.toFixed(2)],
          ["per municipality", (seconds / base.municipalities.length).toFixed(3)],
          [
            `one full build, npm run build -- --municipality 159 (${build.status === 0 ? "ok" : "failed"})`,
            buildSeconds.toFixed(1),
          ],
          [
            `98 such builds, one process per core on ${availableParallelism()} cores (estimate)`,
            ((buildSeconds * base.municipalities.length) / availableParallelism()).toFixed(0),
          ],
          ...(all
            ? [
                [
                  `${base.municipalities.length} such builds, run, one per core (${all.failed.length === 0 ? "all ok" : `failed: ${all.failed.join(", ")}`})`,
                  all.seconds.toFixed(0),
                ],
              ]
            : []),
        ],
      },
      { caption: "Output", columns: ["figures", "SVG MB"], rows: [[figures, (svgBytes / 1e6).toFixed(1)]] },
      { caption: "Default peers (structurally nearest)", columns: ["municipality", "peers"], rows: examples },
    ],
    notes: [
      "Target: all 98 public sites in under 2 minutes. Separate Astro runs (one per core) miss it; one Astro run producing all 98 sites is not built yet.",
    ],
  };
}
