import { maskCpr } from "../privacy/cpr.ts";
import type { DataIssue } from "./issues.ts";

/**
 * The one error voice of every command (build, aggregate, data scripts): problems grouped, capped,
 * printed once without a stack trace, exit code 1; and every printed line through one sanitiser
 * that masks CPR-shaped values, so no message, present or future, can leak one.
 */

/** Groups listed before the rest are only counted: enough to start fixing, short enough to read. */
export const MAX_LISTED_GROUPS = 30;
/** Rows named per group; the rest are counted. */
export const ROWS_PER_GROUP = 5;

/**
 * Masks every CPR-shaped value (any separator or none, a "CPR" prefix, letters touching or not) in
 * text about to be printed. Nine digits are read as a CPR number only where a key is expected (the
 * person-key check masks them itself); here they would hide amounts such as 112000000.
 */
export function sanitize(text: string): string {
  return maskCpr(text, { anyBoundary: true });
}

/** Problems that say the same thing about the same file and column, at different rows. */
export interface IssueGroup {
  first: DataIssue;
  rows: number[];
  found: string[];
}

/** Groups identical problems (same file, column and expectation), keeping the order of first appearance. */
export function groupIssues(issues: readonly DataIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key =
      issue.row === undefined || issue.row === 0
        ? `${groups.size}\u0000single`
        : [issue.file, issue.column ?? "", issue.expected].join("\u0000");
    const group = groups.get(key);
    if (group) {
      group.rows.push(issue.row ?? 0);
      if (issue.found !== undefined) group.found.push(issue.found);
    } else {
      groups.set(key, {
        first: issue,
        rows: issue.row === undefined ? [] : [issue.row],
        found: issue.found === undefined ? [] : [issue.found],
      });
    }
  }
  return [...groups.values()];
}

/** One line per group: a lone problem as "file, row, column: expected …; found …", a group with its count and first rows. */
export function formatGroup(group: IssueGroup): string {
  const { first, rows, found } = group;
  if (rows.length <= 1) return formatIssue(first);
  const shown = rows.slice(0, ROWS_PER_GROUP).join(", ");
  const more = rows.length > ROWS_PER_GROUP ? ", …" : "";
  const where = [first.file, `${rows.length} rows (${shown}${more})`, columnOf(first)]
    .filter(Boolean)
    .join(", ");
  const distinct = [...new Set(found)];
  const foundText =
    distinct.length === 0
      ? ""
      : distinct.length === 1
        ? `; found ${quote(distinct[0] ?? "")} in each`
        : `; found ${distinct
            .slice(0, ROWS_PER_GROUP)
            .map(quote)
            .join(", ")}${distinct.length > ROWS_PER_GROUP ? ", …" : ""}`;
  return `${where}: expected ${first.expected}${foundText}`;
}

/** "file, row N (line N+1), column "c": expected …; found "…"" — the form every problem is printed in. */
export function formatIssue(issue: DataIssue): string {
  const where = [
    issue.file,
    issue.row === undefined ? undefined : `row ${issue.row} (line ${issue.row + 1})`,
    issue.line === undefined ? undefined : `line ${issue.line}`,
    columnOf(issue),
  ]
    .filter(Boolean)
    .join(", ");
  if (issue.problem !== undefined) return `${where}: ${issue.problem}`;
  const found = issue.found === undefined ? "" : `; found ${quote(issue.found)}`;
  return `${where}: expected ${issue.expected}${found}`;
}

/** The whole report: a heading with the total, the groups (capped), and what was left out. */
export function formatReport(issues: readonly DataIssue[], folder: string): string {
  return formatReportAs(`The data in ${folder}/`, issues);
}

/** The report under another heading, e.g. "The input in data/ and content/" for the build's check of both. */
export function formatReportAs(subject: string, issues: readonly DataIssue[]): string {
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  const groups = groupIssues(issues);
  const listed = groups.slice(0, MAX_LISTED_GROUPS);
  const lines = listed.map((group) => `  - ${formatGroup(group)}`);
  if (groups.length > listed.length) {
    const unlisted = groups
      .slice(listed.length)
      .reduce((sum, group) => sum + Math.max(group.rows.length, 1), 0);
    lines.push(
      `  … and ${unlisted} more not listed (${issues.length} in total); fix the ones above and run again.`,
    );
  }
  return sanitize(`${subject} has ${count}:\n${lines.join("\n")}`);
}

function columnOf(issue: DataIssue): string | undefined {
  return issue.column === undefined || issue.column === "" ? undefined : `column "${issue.column}"`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

/** True when the user asked for stack traces: `--verbose` on the command line or DEBUG=1. */
export function isVerbose(argv: readonly string[] = process.argv, env = process.env): boolean {
  return argv.includes("--verbose") || (env.DEBUG !== undefined && env.DEBUG !== "" && env.DEBUG !== "0");
}

/**
 * Routes everything this process writes to stdout and stderr through the sanitiser. Called once at
 * the start of every command, so even a message nobody thought of cannot print a CPR number.
 */
export function guardOutput(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) =>
      write(typeof chunk === "string" ? sanitize(chunk) : chunk, ...rest)) as typeof stream.write;
  }
}

/**
 * What a failed command prints: the message of an input problem as it is (it is already the
 * report); anything else as one line, with the stack only when verbose.
 */
export function failureText(error: unknown, verbose: boolean): string {
  const text =
    error instanceof Error
      ? verbose
        ? (error.stack ?? error.message)
        : error.name === "Error" || error.name === "DataValidationError"
          ? error.message
          : `${error.name}: ${error.message}`
      : String(error);
  const hint = verbose
    ? ""
    : isInputError(error)
      ? ""
      : "\n(run again with --verbose or DEBUG=1 for the details)";
  return sanitize(`${text}${hint}`);
}

function isInputError(error: unknown): boolean {
  return error instanceof Error && /ValidationError|ReferenceError|ContentError/.test(error.name);
}

/**
 * Runs a command in the one error voice: output sanitised, a thrown error printed once (the stack
 * only when verbose), exit code 1. `main` returns its own exit code when it ends normally.
 */
export async function runCommand(main: () => Promise<number> | number): Promise<void> {
  guardOutput();
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(failureText(error, isVerbose()));
    process.exitCode = 1;
  }
}

/**
 * For a script that runs at the top level: sanitised output, and a thrown error printed once in the
 * same voice as runCommand (exit code 1) instead of Node's stack trace.
 */
export function installErrorVoice(): void {
  guardOutput();
  const fail = (error: unknown) => {
    console.error(failureText(error, isVerbose()));
    process.exit(1);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
}
