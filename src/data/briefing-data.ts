import type { Dataset } from "./load/dataset.ts";
import { loadRecords } from "./load/records.ts";
import type { BriefingRecord } from "./schemas/record.ts";
import { dataset } from "./site-data.ts";
import { datasetAsOf } from "./transform/as-of.ts";

/** What each published briefing said (content/records), read once per build. */
export const briefingRecords: readonly BriefingRecord[] = loadRecords();

/**
 * The data a bound component shows: inside a briefing, the dataset as it stood at the briefing's
 * data month (so the record never changes afterwards); elsewhere, the whole dataset.
 */
export function dataFor(locals: App.Locals): Dataset {
  return locals.briefing ? datasetAsOf(dataset, locals.briefing.snapshot) : dataset;
}
