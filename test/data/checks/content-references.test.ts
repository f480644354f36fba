import { describe, expect, it } from "vitest";
import { checkBriefingStructure } from "../../../src/data/checks/briefing-structure.ts";
import { bodyLineOffset, checkContentReferences } from "../../../src/data/checks/content-references.ts";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import { demoDataWith } from "../../fixtures/data-folder.ts";

const context = {
  data: loadDataset("data", demoDataWith()),
  goalIds: new Set(["undersoegelser-til-tiden"]),
  figureIds: new Set(["born-familie-budget"]),
};

describe("checkContentReferences", () => {
  it("accepts references the data has", () => {
    const source =
      'Der var <Value measure="anbringelser" period="2026-10" /> anbragte.\n<Chart id="born-familie-budget" />';
    expect(checkContentReferences(source, "content/briefings/x.mdx", context)).toEqual([]);
  });

  it("reports an unknown measure, period, goal and chart with file and line", () => {
    const source = [
      "# Orientering",
      '<Value measure="anbringelsr" period="2026-10" />',
      '<Change measure="underretninger" from="2019-01" to="2026-10" />',
      '<GoalStatus goal="ukendt-maal" />',
      '<Chart id="ukendt-figur" />',
    ].join("\n");
    const problems = checkContentReferences(source, "content/briefings/x.mdx", context);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(
      /^content\/briefings\/x\.mdx:2: <Value>: unknown measure "anbringelsr"; expected one of: underretninger, /,
    );
    expect(problems[1]).toBe(
      'content/briefings/x.mdx:3: <Change>: no value for "underretninger" in period "2019-01" (area born-familie); the data has 2024-01 to 2026-10',
    );
    expect(problems[2]).toBe(
      'content/briefings/x.mdx:4: <GoalStatus>: unknown goal "ukendt-maal"; expected one of: undersoegelser-til-tiden',
    );
    expect(problems[3]).toMatch(/^content\/briefings\/x\.mdx:5: <Chart>: unknown chart "ukendt-figur"/);
  });

  it("requires an area for budget figures", () => {
    const problems = checkContentReferences(
      '<Value measure="forventet-afvigelse" period="2026-10" />',
      "f.mdx",
      context,
    );
    expect(problems[0]).toBe(
      'f.mdx:1: <Value>: "forventet-afvigelse" needs area="…", one of: born-familie, voksne-handicap, aeldre; found ""',
    );
  });
});

describe("checkBriefingStructure", () => {
  it("accepts the three sections in order", () => {
    expect(
      checkBriefingStructure(
        "<KeyPoints>\n- a\n</KeyPoints>\n<SinceLast />\n<Decisions>\n1. b\n</Decisions>",
        "b.mdx",
      ),
    ).toEqual([]);
  });
  it("says what is missing or out of order", () => {
    expect(checkBriefingStructure("<KeyPoints></KeyPoints><Decisions></Decisions>", "b.mdx")).toEqual([
      "b.mdx: expected <SinceLast /> exactly once, found it 0 times",
    ]);
    expect(
      checkBriefingStructure("<SinceLast /><KeyPoints></KeyPoints><Decisions></Decisions>", "b.mdx"),
    ).toEqual([
      "b.mdx: expected the sections in the order <KeyPoints>, <SinceLast />, <Decisions>; found <SinceLast />, <KeyPoints>, <Decisions>",
    ]);
  });
});

describe("bodyLineOffset", () => {
  it("counts the frontmatter and blank lines before the body", () => {
    const file = "---\ntitle: x\n---\n\n<KeyPoints>\n- a\n";
    expect(bodyLineOffset(file, "<KeyPoints>\n- a\n")).toBe(4);
    expect(bodyLineOffset(file, "\n<KeyPoints>\n- a\n")).toBe(3);
  });
});
