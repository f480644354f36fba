import { type AuditReport, auditDisclosure, coverFor } from "./audit.ts";
import type { LinearRelation, Withheld } from "./relations.ts";
import { primaryPattern } from "./suppress.ts";

/**
 * Secondary suppression that passes the attacker's audit, in the way τ-ARGUS and sdcTable's
 * SIMPLEHEURISTIC do it: withhold the small counts, solve the attacker's problem, and for every
 * cell it can still pin down withhold the cheapest visible cell that shares a published relation
 * with it; repeat until the audit passes. Then try to publish each expensive complementary cell
 * again, largest first, and keep it published if the audit still passes, so a large step is never
 * hidden when a cheaper pattern protects the same cells.
 */

export interface ProtectInput {
  values: readonly number[];
  relations: readonly LinearRelation[];
  threshold: number;
  /** What withholding a cell costs readers; the cheapest protecting cell is chosen. */
  cost: (cell: number) => number;
  /** Complementary cells worth publishing again if a cheaper pattern protects the same cells (default: all). */
  retry?: (cell: number) => boolean;
  /** The cells that count people once each (not totals), for the information-loss figures. */
  peopleCells?: readonly number[];
  /**
   * Cells that must be withheld whatever else happens: what another build of the same figures
   * withholds, so the two builds seen together reveal nothing either hides.
   */
  alwaysWithheld?: readonly boolean[];
  /** When no cover frees a cell: withhold the whole table (default) or throw, so the caller can publish less. */
  lastResort?: "withhold-all" | "throw";
}

export interface ProtectReport {
  withheldSmall: number;
  withheldComplementary: number;
  /** Withheld people (the true values of withheld cells) and all people in the published cells. */
  peopleHidden: number;
  peoplePublished: number;
  rounds: number;
  audit: AuditReport;
  seconds: number;
  /** True when the pattern came from the cache (and was audited again). */
  cached?: boolean;
}

/** Decides which cells to withhold so that the audit passes, and reports what it cost. */
export function protectCells(input: ProtectInput): { withheld: Withheld[]; report: ProtectReport } {
  const started = performance.now();
  const { values, relations, threshold, cost } = input;
  const audit = (pattern: readonly Withheld[], firstOnly: boolean, only?: readonly number[]) =>
    auditDisclosure({ values, relations, withheld: pattern, threshold, firstOnly, only });
  const priceOf = (pattern: readonly Withheld[]) =>
    pattern.reduce((sum, w, cell) => sum + (w && values[cell] !== 0 ? cost(cell) : 0), 0);

  let rounds = 0;
  /** Adds cheapest covers until the audit passes; undefined if the locked cells make that impossible. */
  const complete = (pattern: Withheld[], locked: ReadonlySet<number>): Withheld[] | undefined => {
    const emptyCovers = new Set<string>();
    for (;;) {
      rounds += 1;
      const report = audit(pattern, false);
      if (report.findings.length === 0) return pattern;
      for (const first of report.findings) {
        // An earlier cover in this round may already have freed the cell.
        const finding = audit(pattern, false, [first.cell]).findings[0];
        if (!finding) continue;
        let cover: ReturnType<typeof coverFor>;
        for (const target of [finding.missing, ...finding.alternatives]) {
          cover = coverFor(values, relations, pattern, threshold, cost, finding.cell, target, locked);
          if (cover) break;
        }
        if (cover === undefined) return undefined;
        const key = `${finding.cell}|${finding.missing}`;
        // The cover model and the audit must agree; if they ever do not, stop rather than loop.
        if (cover.length === 0 && emptyCovers.has(key))
          throw new Error(`Secondary suppression disagrees with its audit about cell ${finding.cell}.`);
        if (cover.length === 0) emptyCovers.add(key);
        for (const { cell, reason } of cover) pattern[cell] = reason;
      }
    }
  };
  // When no cover frees a cell, the last resort is to withhold the whole table (the audit still checks it).
  const start = (): Withheld[] =>
    primaryPattern(values, threshold).map((w, cell) =>
      w || !input.alwaysWithheld?.[cell] ? w : (values[cell] ?? 0) < threshold ? "small" : "complementary",
    );
  let withheld = complete(start(), new Set());
  if (!withheld && input.lastResort === "throw")
    throw new Error("Secondary suppression found no pattern that frees every withheld count.");
  withheld ??= values.map((v): Withheld => (v < threshold ? "small" : "complementary"));

  // Publish an expensive complementary cell again if a cheaper pattern without it protects the same cells.
  const worthRetrying = input.retry ?? (() => true);
  const retry = withheld
    .flatMap((w, cell) =>
      w === "complementary" && worthRetrying(cell) && !input.alwaysWithheld?.[cell] ? [cell] : [],
    )
    .sort((a, b) => cost(b) - cost(a) || a - b);
  const locked = new Set<number>();
  for (const cell of retry) {
    if (!withheld[cell]) continue;
    // Publish it and keep it published, then cover whatever that reopens; keep the result if cheaper.
    locked.add(cell);
    const trial = withheld.map((w, c) => (c === cell ? false : w));
    const candidate = complete(trial, locked);
    if (candidate && priceOf(candidate) < priceOf(withheld)) withheld = candidate;
    else locked.delete(cell);
  }

  const final = audit(withheld, false);
  if (final.findings.length > 0)
    throw new Error(
      `Secondary suppression found no pattern its own audit accepts (${final.findings.length} cells can still be worked out); the build stops rather than publish them.`,
    );
  const people = input.peopleCells ?? values.map((_, cell) => cell);
  return {
    withheld,
    report: {
      withheldSmall: withheld.filter((w) => w === "small").length,
      withheldComplementary: withheld.filter((w) => w === "complementary").length,
      peopleHidden: people.reduce((sum, cell) => sum + (withheld[cell] ? (values[cell] ?? 0) : 0), 0),
      peoplePublished: people.reduce((sum, cell) => sum + (values[cell] ?? 0), 0),
      rounds,
      audit: final,
      seconds: (performance.now() - started) / 1000,
    },
  };
}
