// Writes a synthetic case-level extract for trying out and benchmarking the aggregation step:
// `npm run data:synthetic -- --episodes 100000 --out raw-input [--seed 2026] [--format csv|xlsx] [--years 2022-2025]`

import { runCommand } from "../src/data/load/report.ts";
import { main } from "../tools/demo/synthetic-cli.ts";

await runCommand(() => main(process.argv.slice(2)));
