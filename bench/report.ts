/** What a bench/*.bench.ts module's default export resolves to. */
export interface BenchResult {
  title: string;
  /** Machine, Node version and anything else needed to read the figures. */
  context: string[];
  tables: { caption: string; columns: string[]; rows: (string | number)[][] }[];
  notes: string[];
}

/** Renders a result as Markdown: a heading, the context, one table per measurement, notes. */
export function benchMarkdown(result: BenchResult): string {
  const lines = [`# ${result.title}`, "", ...result.context.map((line) => `- ${line}`), ""];
  for (const table of result.tables) {
    lines.push(`## ${table.caption}`, "", row(table.columns), row(table.columns.map(() => "---")));
    for (const cells of table.rows) lines.push(row(cells.map(String)));
    lines.push("");
  }
  if (result.notes.length > 0) lines.push(...result.notes.map((note) => `- ${note}`), "");
  return lines.join("\n");
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}
