import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { options } from "../../build-options.ts";
import { BriefingRecord, RECORDED_TABLES } from "../schemas/record.ts";
import { type Dataset, loadDataset } from "./dataset.ts";

/** The folder of briefing records, beside the briefings. */
export function recordsDir(contentDir = options.contentDir): string {
  return join(contentDir, "records");
}

/** The record of each recorded briefing, by briefing id; a broken record.json stops the build. */
export function loadRecords(dir = recordsDir()): Map<string, BriefingRecord> {
  if (!existsSync(dir)) return new Map();
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "record.json")))
    .map((entry) => entry.name)
    .sort();
  return new Map(
    ids.map((id) => {
      const file = join(dir, id, "record.json");
      const parsed = BriefingRecord.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (!parsed.success)
        throw new Error(
          `${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        );
      if (parsed.data.briefing !== id)
        throw new Error(`${file}: briefing is "${parsed.data.briefing}", expected "${id}"`);
      return [id, parsed.data];
    }),
  );
}

/**
 * The dataset a recorded briefing was computed from: its own finance and activity rows, the rest
 * from data/. Read through the same loader, so a record is validated like any delivery.
 */
export function loadVintage(dataDir: string, recordDir: string, audience: Dataset["audience"]): Dataset {
  const recorded = new Set<string>(RECORDED_TABLES);
  return loadDataset(
    dataDir,
    (file) => readFileSync(join(recorded.has(file) ? recordDir : dataDir, file), "utf8"),
    audience,
  );
}
