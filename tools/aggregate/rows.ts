import { DataValidationError } from "../../src/data/load/issues.ts";
import type { ExtractRow, LadderMappingRow } from "../../src/data/schemas/extract.ts";
import type { LadderStepRow } from "../../src/data/schemas/ladder.ts";
import { addEpisode, episodeCollector } from "./episodes.ts";
import { aggregateLadder, type LadderTables, type YearRange } from "./ladder.ts";
import { ladderLayout } from "./layout.ts";

/**
 * Aggregates extract rows that are already in memory and typed (the demo's synthetic extract, tests).
 * The same counting as `npm run aggregate`, without the files: a code the mapping lacks is an error.
 */
export function aggregateRows(
  rows: Iterable<ExtractRow>,
  mapping: readonly LadderMappingRow[],
  steps: readonly LadderStepRow[],
  years: YearRange,
): LadderTables {
  const { layout, issues } = ladderLayout(
    steps,
    { rows: [...mapping], rowNumbers: mapping.map((_, index) => index + 1), issues: [] },
    "mapping",
  );
  if (issues.length > 0) throw new DataValidationError(issues, "mapping");
  const collector = episodeCollector();
  let row = 0;
  for (const episode of rows) {
    row += 1;
    const step = layout.codes.get(episode.area)?.get(episode.service_code);
    if (step === undefined) {
      throw new DataValidationError(
        [
          {
            file: "extract",
            row,
            column: "service_code",
            expected: "a mapped code",
            found: episode.service_code,
          },
        ],
        "extract",
      );
    }
    addEpisode(collector, episode, step);
  }
  return aggregateLadder(collector.table(), layout, years);
}
