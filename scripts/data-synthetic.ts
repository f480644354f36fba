// Writes a synthetic case-level extract for trying out and benchmarking the aggregation step:
// `npm run data:synthetic -- --episodes 100000 --out raw-input [--seed 2026] [--format csv|xlsx] [--years 2022-2025]`
import { main } from "../src/data/demo/synthetic-cli.ts";
import { runCommand } from "../src/data/load/report.ts";

await runCommand(() => main(process.argv.slice(2)));
