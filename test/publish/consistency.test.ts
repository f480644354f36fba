import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectQuantities, collectRevisions, findConflicts } from "../../src/publish/consistency.ts";

const ROOT = join(import.meta.dirname, "../..");

describe("findConflicts", () => {
  it("finds one quantity shown with two numbers in one period, naming both pages", () => {
    const a = collectQuantities(
      "index.html",
      '<p><data value="149" data-quantity="born-familie/anbringelser" data-period="2026-10">149</data></p>',
    );
    const b = collectQuantities(
      "omraader/born-familie/index.html",
      '<data class="x" data-quantity="born-familie/anbringelser" data-period="2026-10" value="153">153</data>' +
        '<data value="140" data-quantity="born-familie/anbringelser" data-period="2026-09">140</data>',
    );
    expect(findConflicts([...a, ...b])).toEqual([
      {
        quantity: "born-familie/anbringelser",
        period: "2026-10",
        first: { page: "index.html", quantity: "born-familie/anbringelser", period: "2026-10", value: "149" },
        second: {
          page: "omraader/born-familie/index.html",
          quantity: "born-familie/anbringelser",
          period: "2026-10",
          value: "153",
        },
      },
    ]);
  });
  it("accepts a recorded briefing's old number only when the data-quality page lists it as revised", () => {
    const briefing = collectQuantities(
      "moeder/a/index.html",
      '<data value="18.9" data-quantity="x/forventet-afvigelse" data-period="2026-09" data-recorded="a">18,9</data>',
    );
    const area = collectQuantities(
      "omraader/x/index.html",
      '<data value="19.4" data-quantity="x/forventet-afvigelse" data-period="2026-09">19,4</data>',
    );
    expect(findConflicts([...briefing, ...area])).toHaveLength(1);
    const listed = collectRevisions(
      '<li>revideret fra <data value="18.9" data-revision="x/forventet-afvigelse" data-period="2026-09">18,9</data> til 19,4</li>',
    );
    expect(findConflicts([...briefing, ...area], listed)).toEqual([]);
    // A page that is not a recorded briefing gets no such pass.
    const unrecorded = briefing.map((q) => ({ ...q, recorded: false }));
    expect(findConflicts([...unrecorded, ...area], listed)).toHaveLength(1);
  });
  it("ignores withheld values and float noise", () => {
    const quantities = collectQuantities(
      "a.html",
      '<data data-quantity="q" data-period="p">under 5</data><data value="0.30000000000000004" data-quantity="s" data-period="p">30 %</data><data value="0.3" data-quantity="s" data-period="p">30 %</data>',
    );
    expect(quantities).toHaveLength(2);
    expect(findConflicts(quantities)).toEqual([]);
  });
});

describe("the build's consistency check", () => {
  it("passes on the demo and fails on a planted conflict, naming both pages", () => {
    const work = mkdtempSync(join(tmpdir(), "udvalgsbrief-consistency-"));
    const content = join(work, "content");
    cpSync(join(ROOT, "content"), content, { recursive: true });
    const build = (out: string) =>
      spawnSync(process.execPath, ["scripts/build.mjs", "--out", out], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, UDVALGSBRIEF_CONTENT_DIR: content },
      });
    const clean = build(join(work, "clean"));
    expect(clean.status, clean.stderr).toBe(0);
    // A sentence that states the number of placed children in October by hand, and wrongly, in a
    // briefing not yet sealed (its record without the text's fingerprint), so the input check lets
    // the edit through and the output check must catch it.
    const record = join(content, "records", "bfu-2026-11-budgetopfoelgning", "record.json");
    const { sourceSha256: _sealed, ...unsealed } = JSON.parse(readFileSync(record, "utf8"));
    writeFileSync(record, JSON.stringify(unsealed));
    const file = join(content, "briefings", "bfu-2026-11-budgetopfoelgning.mdx");
    writeFileSync(
      file,
      `${readFileSync(file, "utf8")}\nI oktober var <data value="153" data-quantity="born-familie/anbringelser" data-period="2026-10">153</data> børn anbragt.\n`,
    );
    const planted = build(join(work, "planted"));
    const output = planted.stdout + planted.stderr;
    expect(planted.status).not.toBe(0);
    expect(output).toMatch(
      /born-familie\/anbringelser \(2026-10\): \d+ on [^,]+, but 153 on moeder\/bfu-2026-11-budgetopfoelgning\/index\.html|born-familie\/anbringelser \(2026-10\): 153 on moeder\/bfu-2026-11-budgetopfoelgning\/index\.html, but \d+ on /,
    );
  }, 300_000);
});
