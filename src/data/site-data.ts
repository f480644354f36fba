import { options } from "../build-options.ts";
import { type Dataset, loadDataset } from "./load/dataset.ts";

/** The validated dataset for this build (folder and audience from `src/build-options.ts`), loaded once. */
export const { dataDir, audience } = options;
export const dataset: Dataset = loadDataset(dataDir, undefined, audience);
