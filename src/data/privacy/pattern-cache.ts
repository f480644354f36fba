import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { auditDisclosure } from "./audit.ts";
import { type ProtectInput, type ProtectReport, protectCells } from "./protect.ts";
import type { Withheld } from "./relations.ts";

/**
 * Secondary suppression takes seconds; its result depends only on its input. A pattern found once
 * is kept on disk under a hash of everything it depends on, and reused only after the attacker's
 * audit has checked it again against the same relations, so a stale or edited file can never
 * publish a count the audit would reject.
 */
const CACHE_DIR = join("node_modules", ".cache", "udvalgsbrief-disclosure");
/** Bump when the protection rule or the search changes. */
const ALGORITHM = "protect-v2";

const Cached = z.object({
  withheld: z.array(z.union([z.literal(false), z.literal("small"), z.literal("complementary")])),
  report: z.custom<ProtectReport>((value) => typeof value === "object" && value !== null),
});

export function protectCellsCached(input: ProtectInput): { withheld: Withheld[]; report: ProtectReport } {
  const key = createHash("sha256")
    .update(
      JSON.stringify([
        ALGORITHM,
        input.values,
        input.relations,
        input.threshold,
        input.values.map((_, cell) => input.cost(cell)),
        input.values.map((_, cell) => input.retry?.(cell) ?? true),
        input.peopleCells ?? null,
        input.lastResort ?? "withhold-all",
        input.alwaysWithheld ?? null,
      ]),
    )
    .digest("hex");
  const file = join(CACHE_DIR, `${key}.json`);
  const started = performance.now();
  try {
    const cached = Cached.parse(JSON.parse(readFileSync(file, "utf8")));
    if (cached.withheld.length === input.values.length) {
      const audit = auditDisclosure({ ...input, withheld: cached.withheld });
      if (audit.findings.length === 0)
        return {
          withheld: cached.withheld,
          report: { ...cached.report, audit, seconds: (performance.now() - started) / 1000, cached: true },
        };
    }
  } catch {
    // No usable cached pattern: compute it.
  }
  const result = protectCells(input);
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(result));
  } catch {
    // A read-only folder only costs speed.
  }
  return result;
}
