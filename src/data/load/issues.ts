/** One problem found in the input data, located precisely enough for an analyst to fix it. */
export interface DataIssue {
  /** Path relative to the data folder, e.g. "finance.csv". */
  file: string;
  /** 1-based data row (the header is row 0); absent for file-level problems. */
  row?: number;
  column?: string;
  expected: string;
  /** The value as written in the file; absent when nothing was there to quote. */
  found?: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = [
    issue.file,
    issue.row === undefined ? undefined : `row ${issue.row} (line ${issue.row + 1})`,
    issue.column === undefined ? undefined : `column "${issue.column}"`,
  ]
    .filter(Boolean)
    .join(", ");
  const found = issue.found === undefined ? "" : `; found ${JSON.stringify(issue.found)}`;
  return `${where}: expected ${issue.expected}${found}`;
}

/** Thrown when any input fails validation: lists every issue, not just the first. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[], folder = "data") {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(
      `The data in ${folder}/ has ${count}:\n${issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n")}`,
    );
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
