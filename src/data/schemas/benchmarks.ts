import { z } from "zod";
import { decimal, municipalityCode, slug, year } from "./fields.ts";

/** data/benchmarks.csv: one yearly value per municipality and measure, before per-capita normalisation. */
export const BenchmarkRow = z.object({
  year: year(),
  municipality_code: municipalityCode(),
  measure_id: slug(),
  value: decimal(),
});

export type BenchmarkRow = z.output<typeof BenchmarkRow>;
