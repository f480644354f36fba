// Records what each published briefing says, value by value, from the built site:
//   npm run build && npm run record            (writes content/records/<id>.json for new ones)
//   npm run record -- --dist dist --force      (rewrites existing records too)
// Commit the records: a later delivery that changes one of these numbers is then shown as a
// revision, and the briefing keeps the number it said.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { recordsDir } from "../src/data/load/records.ts";
import type { BriefingRecord } from "../src/data/schemas/record.ts";
import { collectQuantities } from "../src/publish/consistency.ts";

const { values: args } = parseArgs({
  options: { dist: { type: "string", default: "dist" }, force: { type: "boolean", default: false } },
});
const content = process.env.UDVALGSBRIEF_CONTENT_DIR ?? "content";
const out = recordsDir(content);
mkdirSync(out, { recursive: true });
for (const file of readdirSync(join(content, "briefings")).filter((f) => f.endsWith(".mdx"))) {
  const id = file.replace(/\.mdx$/, "");
  const source = readFileSync(join(content, "briefings", file), "utf8");
  const snapshot = /^dataSnapshot:\s*(\S+)/m.exec(source)?.[1] ?? "";
  const page = join(args.dist ?? "dist", "moeder", id, "index.html");
  const target = join(out, `${id}.json`);
  if (!/^status:\s*published/m.test(source) || !existsSync(page)) continue;
  if (existsSync(target) && !args.force) {
    console.log(`kept ${target}`);
    continue;
  }
  const seen = new Map<string, BriefingRecord["values"][number]>();
  for (const q of collectQuantities(id, readFileSync(page, "utf8")))
    seen.set(`${q.quantity}@${q.period}`, { quantity: q.quantity, period: q.period, value: Number(q.value) });
  const record: BriefingRecord = {
    briefing: id,
    dataSnapshot: snapshot,
    recordedOn: new Date().toISOString().slice(0, 10),
    values: [...seen.values()],
  };
  writeFileSync(target, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`wrote ${target} (${record.values.length} values)`);
}
