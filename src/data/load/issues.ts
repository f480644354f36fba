import { formatReport } from "./report.ts";

/** One problem found in the input data, located precisely enough for an analyst to fix it. */
export interface DataIssue {
  /** Path relative to the data folder, e.g. "finance.csv". */
  file: string;
  /** 1-based data row (the header is row 0); absent for file-level problems. */
  row?: number;
  /** 1-based line in a content (MDX) file, where rows do not apply. */
  line?: number;
  column?: string;
  expected: string;
  /** The value as written in the file; absent when nothing was there to quote. */
  found?: string;
  /** A problem that does not read as "expected …; found …" (a broken reference in prose): printed as it is. */
  problem?: string;
}

export { formatIssue } from "./report.ts";

/** Thrown when any input fails validation: lists every issue, not just the first. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[], folder = "data") {
    super(formatReport(issues, folder));
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
