import { checkBriefingBodies, checkContentFiles } from "../data/checks/content.ts";
import { checkRecordedBriefings } from "../data/checks/records.ts";
import { readContentFolder } from "../data/load/content.ts";
import { type Audience, type Dataset, loadDataset } from "../data/load/dataset.ts";
import { type DataIssue, DataValidationError } from "../data/load/issues.ts";
import { loadRecords, recordsDir } from "../data/load/records.ts";
import { contentFigures } from "../figures/content-figures.ts";
import { allFigures } from "../figures/site-figures.ts";

/**
 * Everything a build reads, checked before Astro renders a page: every data table and every
 * content file, whatever the audience (a committee draft is checked in the public build too; each
 * build then publishes only its own). Problems come back as one list, so the build prints them
 * once, grouped, and stops with the published folder untouched.
 */
export function checkInputs({
  dataDir,
  contentDir,
  audience = "public",
}: {
  dataDir: string;
  contentDir: string;
  audience?: Audience;
}): DataIssue[] {
  const issues: DataIssue[] = [];
  let data: Dataset | undefined;
  try {
    data = loadDataset(dataDir, undefined, audience);
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    issues.push(...error.issues);
  }
  const files = readContentFolder(contentDir, issues);
  const checked = checkContentFiles(files, data);
  issues.push(...checked.issues);
  // References from prose to figures are checked only against data that loaded cleanly: a broken
  // table is reported as itself, not as a broken <Value> in every briefing.
  if (data && issues.length === 0) {
    const { goals, serviceLevels } = checked.content;
    const figureIds = new Set(
      [...allFigures(data), ...contentFigures(data, goals, serviceLevels)].map((figure) => figure.id),
    );
    issues.push(...checkBriefingBodies(checked.content, data, figureIds));
  }
  // Last, so an edit that is itself broken is reported as that too.
  issues.push(...checkRecordedBriefings(files, loadRecords(recordsDir(contentDir))));
  return issues;
}
