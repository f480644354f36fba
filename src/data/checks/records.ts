import { createHash } from "node:crypto";
import type { ContentFile } from "../load/content.ts";
import type { DataIssue } from "../load/issues.ts";
import type { BriefingRecord } from "../schemas/record.ts";

/** The fingerprint a record keeps of its briefing's text: line endings do not count, words do. */
export function briefingFingerprint(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("hex");
}

/**
 * A published briefing never changes afterwards: a recorded briefing whose text differs from the
 * text it was recorded with stops the build. A correction is a new briefing (or, for a briefing
 * never sent out, `npm run record -- --force`).
 */
export function checkRecordedBriefings(
  files: readonly Pick<ContentFile, "collection" | "id" | "file" | "text">[],
  records: ReadonlyMap<string, BriefingRecord>,
): DataIssue[] {
  return files.flatMap((file) => {
    const record = file.collection === "briefings" ? records.get(file.id) : undefined;
    if (!record?.sourceSha256) return [];
    const now = briefingFingerprint(file.text);
    if (now === record.sourceSha256) return [];
    return [
      {
        file: file.file,
        expected: "the text the briefing was recorded with",
        problem: `the briefing was published and recorded on ${record.recordedOn}, and its text has changed since (fingerprint ${record.sourceSha256.slice(0, 12)}…, now ${now.slice(0, 12)}…). A published briefing never changes: write the correction as a new briefing, or undo the edit.`,
      },
    ];
  });
}
