import { join } from "node:path";
import { type Dataset, loadDataset } from "./load/dataset.ts";

/**
 * The validated dataset for this build, loaded once. The folder can be switched with
 * UDVALGSBRIEF_DATA_DIR (used by tests that build from broken data on purpose); UDVALGSBRIEF_AUDIENCE
 * picks the public (default) or the committee build.
 */
export const dataset: Dataset = loadDataset(
  process.env.UDVALGSBRIEF_DATA_DIR ?? join(process.cwd(), "data"),
  undefined,
  process.env.UDVALGSBRIEF_AUDIENCE === "committee" ? "committee" : "public",
);
