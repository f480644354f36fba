import type { Dataset } from "../load/dataset.ts";
import { BoundReferenceError, resolveValue } from "../transform/bound-values.ts";

export interface ReferenceContext {
  data: Dataset;
  goalIds: ReadonlySet<string>;
  figureIds: ReadonlySet<string>;
}

const TAG = /<(Value|Change|Chart|GoalStatus)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /(\w+)="([^"]*)"/g;

/**
 * Checks every data-bound component in an MDX source before it renders, so a wrong reference
 * stops the build with the file and line where the author wrote it.
 */
export function checkContentReferences(
  source: string,
  file: string,
  context: ReferenceContext,
  lineOffset = 0,
): string[] {
  const problems: string[] = [];
  for (const match of source.matchAll(TAG)) {
    const line = lineOffset + source.slice(0, match.index).split("\n").length;
    const attributes = Object.fromEntries([...(match[2] ?? "").matchAll(ATTRIBUTE)].map((m) => [m[1], m[2]]));
    const problem = checkTag(match[1] ?? "", attributes, context);
    if (problem) problems.push(`${file}:${line}: <${match[1]}>: ${problem}`);
  }
  return problems;
}

function checkTag(
  tag: string,
  attributes: Record<string, string | undefined>,
  { data, goalIds, figureIds }: ReferenceContext,
): string | undefined {
  try {
    if (tag === "Value")
      resolveValue(data, {
        measure: attributes.measure ?? "",
        period: attributes.period ?? "",
        area: attributes.area,
      });
    if (tag === "Change") {
      resolveValue(data, {
        measure: attributes.measure ?? "",
        period: attributes.from ?? "",
        area: attributes.area,
      });
      resolveValue(data, {
        measure: attributes.measure ?? "",
        period: attributes.to ?? "",
        area: attributes.area,
      });
    }
    if (tag === "GoalStatus" && !goalIds.has(attributes.goal ?? "")) {
      return `unknown goal "${attributes.goal ?? ""}"; expected one of: ${[...goalIds].join(", ")}`;
    }
    if (tag === "Chart" && !figureIds.has(attributes.id ?? "")) {
      return `unknown chart "${attributes.id ?? ""}"; expected a figure id such as ${[...figureIds].slice(0, 5).join(", ")}, …`;
    }
  } catch (error) {
    if (error instanceof BoundReferenceError) return error.message;
    throw error;
  }
  return undefined;
}

export class ContentReferenceError extends Error {
  constructor(problems: readonly string[]) {
    super(
      `The content has ${problems.length === 1 ? "1 broken reference" : `${problems.length} broken references`} to data:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ContentReferenceError";
  }
}

/**
 * How many lines of the file come before the MDX body (frontmatter and blank lines), so reported
 * lines match the author's editor. The loader's body may be trimmed, so match its first line.
 */
export function bodyLineOffset(fileText: string, body: string): number {
  const lines = fileText.split("\n");
  const closing = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  const firstBodyLine = body.split("\n").find((line) => line.trim() !== "") ?? "";
  const start = lines.findIndex((line, i) => i > closing && line === firstBodyLine);
  const bodyFirstLineIndex = body.split("\n").indexOf(firstBodyLine);
  return start === -1 ? 0 : start - bodyFirstLineIndex;
}
