// The aggregation step from files to written tables, at 100 k, 1 M and 3 M episodes
// (BENCH_EPISODES=… to change), and the CSV and XLSX readers on the same 1 M rows.
// Every timing is a separate `node scripts/aggregate.ts` process, as an analyst runs it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { scaleForEpisodes, syntheticExtract } from "../tools/demo/extract.ts";
import { writeExtractCsv, writeExtractXlsx } from "../tools/demo/extract-files.ts";
import type { BenchResult } from "./report.ts";

const ROOT = join(import.meta.dirname, "..");
const SIZES = (process.env.BENCH_EPISODES ?? "100000,1000000,3000000").split(",").map(Number);
const READ_SIZE = Number(process.env.BENCH_READ_EPISODES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const YEARS = { first: 2022, last: 2025 };
const TIME = "/usr/bin/time";

interface Run {
  seconds: number;
  peakMegabytes: number;
}

/** Runs a Node script in its own process; wall time from here, peak RSS from /usr/bin/time -v (or the script). */
function timed(script: string, args: string[]): Run & { stdout: string } {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const commandArgs = useTime ? ["-v", process.execPath, script, ...args] : [script, ...args];
  const started = performance.now();
  const run = spawnSync(command, commandArgs, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${script} failed:\n${run.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1];
  const reported =
    /peak memory (\d+) MB/.exec(run.stdout)?.[1] ?? /"peakMegabytes":(\d+)/.exec(run.stdout)?.[1];
  const peakMegabytes = rss ? Math.round(Number(rss) / 1024) : Number(reported);
  return { seconds, peakMegabytes, stdout: run.stdout };
}

function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)] as Run;
}

function generate(folder: string, episodes: number, format: "csv" | "xlsx"): Promise<number> | number {
  const base = { seed: 2026, years: YEARS };
  const rows = syntheticExtract({ ...base, scale: scaleForEpisodes(episodes, base), limit: episodes });
  const path = join(folder, `extract.${format}`);
  return format === "csv" ? writeExtractCsv(path, rows) : writeExtractXlsx(path, rows);
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const thousands = (value: number) => Math.round(value).toLocaleString("en-US");

export default async function benchAggregate(): Promise<BenchResult> {
  const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-bench-"));
  try {
    const whole: (string | number)[][] = [];
    let base: { seconds: number; episodes: number } | undefined;
    const inputs = new Map<number, string>();
    for (const [index, episodes] of SIZES.entries()) {
      const input = join(work, `csv-${episodes}`);
      const written = await generate(input, episodes, "csv");
      inputs.set(episodes, input);
      const args = [
        "--input",
        input,
        "--out",
        join(work, `out-${episodes}`),
        "--years",
        `${YEARS.first}-${YEARS.last}`,
      ];
      // The very first process pays for cold caches (disk, compiled modules); that run is not counted.
      if (index === 0) timed("scripts/aggregate.ts", args);
      const runs = Array.from({ length: RUNS }, () => timed("scripts/aggregate.ts", args));
      const best = median(runs);
      base ??= { seconds: best.seconds, episodes: written };
      whole.push([
        thousands(written),
        megabytes(statSync(join(input, "extract.csv")).size),
        fixed(best.seconds),
        runs.map((run) => fixed(run.seconds)).join(" / "),
        best.peakMegabytes,
        thousands(written / best.seconds),
        fixed((best.seconds / written) * 1e6, 1),
        `${fixed(best.seconds / base.seconds, 1)}× the time for ${fixed(written / base.episodes, 0)}× the rows`,
      ]);
      console.error(`  ${written} episodes: ${fixed(best.seconds)} s, ${best.peakMegabytes} MB`);
    }

    const csvInput = inputs.get(READ_SIZE) ?? join(work, `csv-${READ_SIZE}`);
    if (!inputs.has(READ_SIZE)) await generate(csvInput, READ_SIZE, "csv");
    const xlsxInput = join(work, `xlsx-${READ_SIZE}`);
    const xlsxWriteStarted = performance.now();
    await generate(xlsxInput, READ_SIZE, "xlsx");
    const xlsxWriteSeconds = (performance.now() - xlsxWriteStarted) / 1000;
    const reads: (string | number)[][] = [];
    for (const [format, input] of [
      ["CSV", csvInput],
      ["XLSX", xlsxInput],
    ] as const) {
      const file = join(input, `extract.${format.toLowerCase()}`);
      const read = timed("bench/read-only.ts", [file]);
      const rows = (JSON.parse(read.stdout) as { rows: number }).rows;
      const full = timed("scripts/aggregate.ts", ["--input", input, "--out", join(work, `out-${format}`)]);
      reads.push([
        format,
        megabytes(statSync(file).size),
        thousands(rows),
        fixed(read.seconds),
        read.peakMegabytes,
        thousands(rows / read.seconds),
        fixed(full.seconds),
        full.peakMegabytes,
      ]);
      console.error(`  read ${format}: ${fixed(read.seconds)} s; whole command ${fixed(full.seconds)} s`);
    }

    return {
      title: "Aggregation step: extract files → ladder/stocks.csv and ladder/flows.csv",
      context: [
        `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`,
        "Synthetic extracts from `npm run data:synthetic` (seed 2026, years 2022–2025); each timing is a fresh `node scripts/aggregate.ts` process: start-up, reading, validation, aggregation and writing",
        `Peak memory is the process's maximum resident set size (${existsSync(TIME) ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS"})`,
        "Target: 1 M episodes in under 5 s with under 1 GB peak memory",
      ],
      tables: [
        {
          caption: `Whole command from CSV (median of ${RUNS} runs)`,
          columns: [
            "episodes",
            "CSV MB",
            "wall s",
            "runs s",
            "peak RSS MB",
            "rows/s",
            "µs/row",
            "growth vs smallest",
          ],
          rows: whole,
        },
        {
          caption: `CSV vs XLSX, the same ${thousands(READ_SIZE)} episodes (one run each)`,
          columns: [
            "format",
            "file MB",
            "rows",
            "read only s",
            "read peak MB",
            "read rows/s",
            "whole command s",
            "whole command peak MB",
          ],
          rows: reads,
        },
      ],
      notes: [
        "CSV: hand-rolled streaming parser over a 1 MB-chunk read stream; XLSX: ExcelJS 4.4.0 WorkbookReader (streaming, shared strings cached).",
        "Plain TypeScript meets the target, so no embedded engine (e.g. DuckDB) is measured here.",
        `Writing the ${thousands(READ_SIZE)}-row XLSX with ExcelJS's streaming writer took ${fixed(xlsxWriteSeconds, 1)} s (not part of the timings).`,
      ],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
