import { z } from "zod";
import { slug, year } from "./fields.ts";

/** The code benchmarks.csv uses for the whole country (DST's "Hele landet"). */
export const NATIONAL_CODE = 0;

/**
 * data/benchmarks.csv: one yearly figure per municipality and measure, as the source publishes it
 * (e.g. kr. per inhabitant, or per 1.000 aged 0–17): the site does not divide it again.
 * municipality_code 0 is the national figure, where the source publishes one.
 */
export const BenchmarkRow = z.object({
  year: year(),
  municipality_code: z
    .string({ error: "a 3-digit municipality code (e.g. 621) or 0 for the whole country" })
    .trim()
    .regex(/^(0|\d{3})$/, { error: "a 3-digit municipality code (e.g. 621) or 0 for the whole country" })
    .transform(Number)
    .meta({ numeric: true }),
  measure_id: slug(),
  value: z
    .string({ error: "a number with a decimal point (e.g. 12.5); may be negative" })
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, { error: "a number with a decimal point (e.g. 12.5); may be negative" })
    .transform(Number)
    .meta({ numeric: true }),
});

export type BenchmarkRow = z.output<typeof BenchmarkRow>;
