// The comparison section for every one of the 98 municipalities from public data alone, in one
// process (the fixed cost of loading and validating the data paid once): peer groups, every
// comparison figure of every measure and peer group, rendered to SVG. This is the compute part of
// a 98-municipality public build; it does not run Astro or write HTML (see the report of issue 16).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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
            "98 such builds, one process per core on 2 cores (estimate)",
            ((buildSeconds * 98) / 2).toFixed(0),
          ],
        ],
      },
      { caption: "Output", columns: ["figures", "SVG MB"], rows: [[figures, (svgBytes / 1e6).toFixed(1)]] },
      { caption: "Default peers (structurally nearest)", columns: ["municipality", "peers"], rows: examples },
    ],
    notes: [
      "The 98 full builds are estimated from one measured build, not run: 98 separate Astro runs miss the 2-minute target; one Astro run producing all 98 sites is not built yet.",
    ],
  };
}
