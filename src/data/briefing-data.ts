import type { Dataset } from "./load/dataset.ts";
import { dataset } from "./site-data.ts";
import { datasetAsOf } from "./transform/as-of.ts";

/**
 * The data a bound component shows: inside a briefing, the dataset as it stood at the briefing's
 * data month (so the record never changes afterwards); elsewhere, the whole dataset.
 */
export function dataFor(locals: App.Locals): Dataset {
  return locals.briefing ? datasetAsOf(dataset, locals.briefing.snapshot) : dataset;
}
