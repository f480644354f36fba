import { describe, expect, it } from "vitest";
import { briefingFingerprint, checkRecordedBriefings } from "../../../src/data/checks/records.ts";
import { readContentFolder } from "../../../src/data/load/content.ts";
import type { DataIssue } from "../../../src/data/load/issues.ts";
import { loadRecords, recordsDir } from "../../../src/data/load/records.ts";
import type { BriefingRecord } from "../../../src/data/schemas/record.ts";

const text = "---\nstatus: published\n---\nMerforbruget er 14,8 mio. kr.\n";
const briefing = { collection: "briefings" as const, id: "bfu-1", file: "briefings/bfu-1.mdx", text };
const recordOf = (source: string, extra: Partial<BriefingRecord> = {}): Map<string, BriefingRecord> =>
  new Map([
    [
      "bfu-1",
      {
        briefing: "bfu-1",
        dataSnapshot: "2026-10",
        recordedOn: "2026-11-02",
        sourceSha256: briefingFingerprint(source),
        ...extra,
      },
    ],
  ]);

describe("checkRecordedBriefings: a published briefing never changes afterwards", () => {
  it("accepts the text it was recorded with, whatever its line endings", () => {
    expect(checkRecordedBriefings([briefing], recordOf(text))).toEqual([]);
    expect(
      checkRecordedBriefings([{ ...briefing, text: text.replace(/\n/g, "\r\n") }], recordOf(text)),
    ).toEqual([]);
  });

  it("stops on one changed figure, naming the file and the day it was recorded", () => {
    const edited = { ...briefing, text: text.replace("14,8", "14,9") };
    const [issue, ...rest] = checkRecordedBriefings([edited], recordOf(text));
    expect(rest).toEqual([]);
    expect(issue?.file).toBe("briefings/bfu-1.mdx");
    expect(issue?.problem).toContain("recorded on 2026-11-02");
    expect(issue?.problem).toContain(briefingFingerprint(text).slice(0, 12));
    expect(issue?.problem).toContain(briefingFingerprint(edited.text).slice(0, 12));
  });

  it("leaves alone briefings without a record, records without a fingerprint, and other collections", () => {
    const edited = { ...briefing, text: `${text}Ny linje.\n` };
    expect(checkRecordedBriefings([edited], new Map())).toEqual([]);
    expect(checkRecordedBriefings([edited], recordOf(text, { sourceSha256: undefined }))).toEqual([]);
    expect(checkRecordedBriefings([{ ...edited, collection: "goals" }], recordOf(text))).toEqual([]);
  });

  it("holds for the committed records: each has a fingerprint, and each briefing still matches it", () => {
    const issues: DataIssue[] = [];
    const files = readContentFolder("content", issues);
    const records = loadRecords(recordsDir("content"));
    expect(issues).toEqual([]);
    expect(records.size).toBeGreaterThan(0);
    for (const record of records.values()) expect(record.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(checkRecordedBriefings(files, records)).toEqual([]);
  });
});
