import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseYears } from "../aggregate/cli.ts";
import { scaleForEpisodes, syntheticExtract } from "./extract.ts";
import { writeExtractCsv, writeExtractXlsx } from "./extract-files.ts";

export const USAGE =
  "Usage: npm run data:synthetic -- --episodes N --out <folder> [--seed 2026] [--format csv|xlsx] [--years 2022-2025]";

/** The largest extract one XLSX sheet holds (1,048,576 rows less the header). */
const XLSX_MAX_ROWS = 1_048_575;

/** Runs `npm run data:synthetic`; returns the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      episodes: { type: "string" },
      out: { type: "string" },
      seed: { type: "string", default: "2026" },
      format: { type: "string", default: "csv" },
      years: { type: "string", default: "2022-2025" },
      /** Stack traces for unexpected errors (also DEBUG=1). */
      verbose: { type: "boolean", default: false },
    },
  });
  const episodes = Number(values.episodes);
  const format = values.format;
  if (!Number.isInteger(episodes) || episodes < 1 || !values.out || (format !== "csv" && format !== "xlsx")) {
    console.error(USAGE);
    return 2;
  }
  if (format === "xlsx" && episodes > XLSX_MAX_ROWS) {
    console.error(`An XLSX sheet holds at most ${XLSX_MAX_ROWS} rows; use --format csv for ${episodes}.`);
    return 2;
  }
  const started = performance.now();
  const base = { seed: Number(values.seed), years: parseYears(values.years) };
  const rows = syntheticExtract({ ...base, scale: scaleForEpisodes(episodes, base), limit: episodes });
  const path = join(values.out, `extract.${format}`);
  const written = format === "csv" ? writeExtractCsv(path, rows) : await writeExtractXlsx(path, rows);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${path}: ${written} synthetic episodes in ${seconds} s (fictive, pseudonymised keys)`);
  return 0;
}
