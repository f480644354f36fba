import { join } from "node:path";
import type { Dataset } from "./load/dataset.ts";
import { loadRecords, loadVintage, recordsDir } from "./load/records.ts";
import type { BriefingRecord } from "./schemas/record.ts";
import { audience, dataDir, dataset } from "./site-data.ts";
import { datasetAsOf } from "./transform/as-of.ts";

/** Which briefings are recorded (content/records/<id>/), read once per build. */
export const briefingRecords: ReadonlyMap<string, BriefingRecord> = loadRecords();

const vintages = new Map<string, Dataset>();

/**
 * The data a briefing shows, forever: its recorded rows if it has a record, else the current data;
 * in both cases only what was known at the end of its data month.
 */
export function briefingData(id: string | undefined, snapshot: string): Dataset {
  const record = id ? briefingRecords.get(id) : undefined;
  if (!id || !record) return datasetAsOf(dataset, snapshot);
  let vintage = vintages.get(id);
  if (!vintage) {
    vintage = loadVintage(dataDir, join(recordsDir(), id), audience);
    vintages.set(id, vintage);
  }
  return datasetAsOf(vintage, snapshot);
}

/**
 * The data a bound component shows: inside a briefing, the briefing's own data (above);
 * elsewhere, the whole dataset.
 */
export function dataFor(locals: App.Locals): Dataset {
  return locals.briefing ? briefingData(locals.briefing.id, locals.briefing.snapshot) : dataset;
}

/** The current data as of a month: what a briefing's numbers are compared with to find revisions. */
export function currentAsOf(month: string): Dataset {
  return datasetAsOf(dataset, month);
}
