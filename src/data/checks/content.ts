import { CONTENT_COLLECTIONS, type ContentFile } from "../load/content.ts";
import type { Dataset } from "../load/dataset.ts";
import type { DataIssue } from "../load/issues.ts";
import { findCprNumbers } from "../privacy/cpr.ts";
import type { BriefingFrontmatter, GoalFrontmatter, ServiceLevelFrontmatter } from "../schemas/content.ts";
import { checkBriefingStructure } from "./briefing-structure.ts";
import { checkContentReferences } from "./content-references.ts";

/** The content files that passed their schema, typed, as the figures and the reference checks need them. */
export interface CheckedContent {
  briefings: { id: string; file: string; body: string; bodyLine: number; data: BriefingFrontmatter }[];
  goals: { id: string; file: string; data: GoalFrontmatter }[];
  serviceLevels: { id: string; file: string; data: ServiceLevelFrontmatter }[];
}

/**
 * What must hold in every content file whatever the audience: the front matter's schema, no CPR
 * number in any shape (front matter or prose), no raw <script>, and ids that exist where they are
 * defined (committees and areas in site.json, measures in measures.csv).
 */
export function checkContentFiles(
  files: readonly ContentFile[],
  data: Pick<Dataset, "site" | "measures"> | undefined,
): { content: CheckedContent; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const content: CheckedContent = { briefings: [], goals: [], serviceLevels: [] };
  const cprLines = new Set<string>();
  for (const file of files) {
    const cpr = cprInText(file);
    for (const issue of cpr) cprLines.add(`${file.file}|${issue.line}`);
    issues.push(...cpr, ...scriptsInBody(file));
    const result = CONTENT_COLLECTIONS[file.collection].schema.safeParse(file.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "");
        // A value refused as a CPR number is reported once.
        if (cprLines.has(`${file.file}|${lineOf(file, field).line}`)) continue;
        issues.push({
          file: file.file,
          ...lineOf(file, field),
          column: field,
          expected: issue.message,
          ...foundOf(file.frontmatter[field]),
        });
      }
      continue;
    }
    const base = { id: file.id, file: file.file };
    if (file.collection === "briefings") {
      content.briefings.push({
        ...base,
        body: file.body,
        bodyLine: file.bodyLine,
        data: result.data as BriefingFrontmatter,
      });
    } else if (file.collection === "goals")
      content.goals.push({ ...base, data: result.data as GoalFrontmatter });
    else content.serviceLevels.push({ ...base, data: result.data as ServiceLevelFrontmatter });
  }
  if (data) issues.push(...checkIds(files, content, data));
  return { content, issues };
}

/**
 * The prose's data-bound components (<Value>, <Change>, <Chart>, <GoalStatus>) and each briefing's
 * sections, for every briefing of every audience. Run only on data that loaded without problems, so
 * a broken table is reported as itself, not as broken references.
 */
export function checkBriefingBodies(
  content: CheckedContent,
  data: Dataset,
  figureIds: ReadonlySet<string>,
): DataIssue[] {
  const goalIds = new Set(content.goals.map((goal) => goal.id));
  return content.briefings.flatMap((briefing) =>
    [
      ...checkBriefingStructure(briefing.body, briefing.file),
      ...checkContentReferences(
        briefing.body,
        briefing.file,
        { data, goalIds, figureIds },
        briefing.bodyLine - 1,
      ),
    ].map((problem) => problemToIssue(briefing.file, problem)),
  );
}

/** "file:12: <Value>: unknown measure …" → an issue at line 12. */
function problemToIssue(file: string, problem: string): DataIssue {
  const match = /^(.*?):(\d+): (.*)$/s.exec(problem);
  if (match?.[1] === file) {
    return {
      file,
      line: Number(match[2]),
      expected: "a reference to data that exists",
      problem: match[3] ?? "",
    };
  }
  const rest = problem.startsWith(`${file}: `) ? problem.slice(file.length + 2) : problem;
  return { file, expected: rest.replace(/^expected /, ""), problem: rest };
}

function checkIds(
  files: readonly ContentFile[],
  content: CheckedContent,
  { site, measures }: Pick<Dataset, "site" | "measures">,
): DataIssue[] {
  const byFile = new Map(files.map((file) => [file.file, file]));
  const committees = site.committees.map((c) => c.id);
  const areas = site.areas.map((a) => a.id);
  const measureIds = measures.map((m) => m.id);
  const unknown = (
    file: string,
    field: string,
    value: string,
    known: string[],
    source: string,
  ): DataIssue[] =>
    known.includes(value)
      ? []
      : [
          {
            file,
            ...lineOf(byFile.get(file), field),
            column: field,
            expected: `${source} (one of ${known.slice(0, 8).join(", ")}${known.length > 8 ? ", …" : ""})`,
            found: value,
          },
        ];
  return [
    ...content.briefings.flatMap((b) =>
      unknown(b.file, "committee", b.data.committee, committees, "a committee id from data/site.json"),
    ),
    ...[...content.goals, ...content.serviceLevels].flatMap((entry) => [
      ...unknown(entry.file, "area", entry.data.area, areas, "an area id from data/site.json"),
      ...unknown(
        entry.file,
        "measure",
        entry.data.measure,
        measureIds,
        "a measure id from data/measures.csv",
      ),
      ...shareTarget(entry, byFile.get(entry.file), measures),
    ]),
  ];
}

function shareTarget(
  entry: { file: string; data: { measure: string; target: number } },
  file: ContentFile | undefined,
  measures: Pick<Dataset, "measures">["measures"],
): DataIssue[] {
  const measure = measures.find((m) => m.id === entry.data.measure);
  if (measure?.unit !== "share" || (entry.data.target >= 0 && entry.data.target <= 1)) return [];
  return [
    {
      file: entry.file,
      ...lineOf(file, "target"),
      column: "target",
      expected: `a share between 0 and 1 for ${measure.id} (a share in data/measures.csv; 0.8 is 80 %)`,
      found: String(entry.data.target),
    },
  ];
}

/** CPR numbers in any shape, anywhere in the file: front matter and prose alike. */
function cprInText(file: ContentFile): DataIssue[] {
  return findCprNumbers(file.text).map(({ index, length }) => ({
    file: file.file,
    line: file.text.slice(0, index).split("\n").length,
    expected: "no CPR numbers in content (the text has the shape of a Danish personal id; remove it)",
    found: file.text.slice(index, index + length).replace(/\d/g, "•"),
  }));
}

const SCRIPT = /<script\b/gi;

/** Scripts come only from the site's own components; a <script> in content would run with the site's rights. */
function scriptsInBody(file: ContentFile): DataIssue[] {
  return [...file.text.matchAll(SCRIPT)].map((match) => ({
    file: file.file,
    line: file.text.slice(0, match.index).split("\n").length,
    expected:
      "no <script> in content (scripts come only from the site's own components, which the Content Security Policy allows; ask a developer for an interactive element)",
    found: "<script",
  }));
}

function lineOf(file: ContentFile | undefined, field: string): { line?: number } {
  if (!file || field === "") return {};
  const index = file.text.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? {} : { line: index + 1 };
}

function foundOf(value: unknown): { found?: string } {
  if (value === undefined) return {};
  return { found: typeof value === "string" ? value : JSON.stringify(value) };
}
