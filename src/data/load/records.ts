import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BriefingRecord } from "../schemas/record.ts";

/** The folder of briefing records, beside the briefings. */
export function recordsDir(contentDir = process.env.UDVALGSBRIEF_CONTENT_DIR ?? "content"): string {
  return join(contentDir, "records");
}

/** Reads and validates every record; a broken file stops the build with its name and the problem. */
export function loadRecords(dir = recordsDir()): BriefingRecord[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const parsed = BriefingRecord.safeParse(JSON.parse(readFileSync(join(dir, file), "utf8")));
      if (!parsed.success)
        throw new Error(
          `${join(dir, file)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
        );
      return parsed.data;
    });
}
