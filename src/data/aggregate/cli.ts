import { relative } from "node:path";
import { parseArgs } from "node:util";
import { DataValidationError } from "../load/issues.ts";
import type { YearRange } from "./ladder.ts";
import { type AggregateOptions, type AggregateResult, runAggregate } from "./run.ts";

export const USAGE = `Usage: npm run aggregate -- [--input raw-input] [--out data] [--mapping data/ladder/mapping.csv]
                         [--steps data/ladder/steps.csv] [--years 2022-2025] [--allow-unmapped]
                         [--sheet NAME] [--volumes] [--verbose]`;

/** Reads the command line of `npm run aggregate`. */
export function parseAggregateArgs(args: readonly string[]): AggregateOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      input: { type: "string", default: "raw-input" },
      out: { type: "string", default: "data" },
      mapping: { type: "string", default: "data/ladder/mapping.csv" },
      steps: { type: "string", default: "data/ladder/steps.csv" },
      years: { type: "string" },
      "allow-unmapped": { type: "boolean", default: false },
      /** The worksheet of an XLSX extract to read (default: the first). */
      sheet: { type: "string" },
      /** Also write ladder/volumes.csv (actual volume and unit price per step and month). */
      volumes: { type: "boolean", default: false },
      /** Stack traces for unexpected errors (also DEBUG=1). */
      verbose: { type: "boolean", default: false },
    },
  });
  return {
    input: values.input,
    out: values.out,
    mapping: values.mapping,
    steps: values.steps,
    ...(values.years === undefined ? {} : { years: parseYears(values.years) }),
    allowUnmapped: values["allow-unmapped"],
    ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
    ...(values.volumes ? { volumes: true } : {}),
  };
}

export function parseYears(text: string): YearRange {
  const match = /^(\d{4})-(\d{4})$/.exec(text.trim());
  const first = Number(match?.[1]);
  const last = Number(match?.[2]);
  if (!match || last < first)
    throw new Error(`--years must be written FROM-TO, e.g. 2022-2025; found "${text}"`);
  return { first, last };
}

/** What the analyst sees after a run: what was read, what was left out, what was written. */
export function summary(result: AggregateResult, seconds: number, peakMegabytes: number): string {
  const lines = [
    `Read ${result.rows} rows from ${result.files.join(", ")}: ${result.episodes} episodes aggregated for ${result.years.first}–${result.years.last}.`,
    ...result.unmapped.map(
      (code) =>
        `Left out (--allow-unmapped): ${code.rows} rows with code "${code.code}" in ${code.area}, first at ${code.file} row ${code.row}.`,
    ),
    ...result.written.map((path) => `wrote ${displayPath(path)}`),
    `Done in ${seconds.toFixed(2)} s, peak memory ${peakMegabytes} MB.`,
  ];
  return lines.join("\n");
}

/** Runs the command; returns the exit code. Input problems are listed, never thrown at the analyst as a stack. */
export async function main(args: readonly string[]): Promise<number> {
  const started = performance.now();
  let options: AggregateOptions;
  try {
    options = parseAggregateArgs(args);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    const result = await runAggregate(options);
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(summary(result, (performance.now() - started) / 1000, peak));
    return 0;
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    console.error(`${error.message}\nNothing was written.`);
    return 1;
  }
}

function displayPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near === "" || near.startsWith("..") ? path : near;
}
