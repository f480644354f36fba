import { parseStatbankCsv, type StatbankCsv, TableInfo } from "./parse.ts";

export const API = "https://api.statbank.dk/v1";
/** The API's limit on cells per (non-BULK) data call (dkstat dst_value_limit.R: 100.000). */
export const CELL_LIMIT = 100_000;

export type Fetch = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<{
  ok: boolean;
  status: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}>;

export interface ClientOptions {
  fetch: Fetch;
  /** Waits between attempts; injected so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
  retries?: number;
  /** Called with every request and its raw body, for --record. */
  onResponse?: (request: { url: string; body?: string }, body: Uint8Array) => void;
}

export interface DataQuery {
  table: string;
  /** Variable id → value codes ("*" = all). */
  variables: Record<string, string[]>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One request, retried politely on 429 and 5xx (0.7 s, 1.4 s, 2.8 s …); other errors are thrown at once. */
async function request(options: ClientOptions, url: string, body?: string): Promise<Uint8Array> {
  const sleep = options.sleep ?? wait;
  const retries = options.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    const response = await options.fetch(
      url,
      body === undefined
        ? { method: "GET" }
        : {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body,
          },
    );
    if (response.ok) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      options.onResponse?.({ url, ...(body === undefined ? {} : { body }) }, bytes);
      return bytes;
    }
    if ((response.status === 429 || response.status >= 500) && attempt < retries) {
      await sleep(700 * 2 ** attempt);
      continue;
    }
    throw new Error(
      `StatBank answered ${response.status} for ${url}${body ? ` ${body}` : ""}: ${(await response.text()).slice(0, 200)}`,
    );
  }
}

export async function tableInfo(options: ClientOptions, table: string): Promise<TableInfo> {
  const bytes = await request(
    options,
    `${API}/tableinfo?format=json&id=${encodeURIComponent(table)}&lang=da`,
  );
  const json: unknown = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
  const parsed = TableInfo.safeParse(json);
  if (!parsed.success) throw new Error(`tableinfo for ${table}: unexpected answer: ${parsed.error.message}`);
  return parsed.data;
}

/** The data request body for one chunk (CSV, Danish, codes). */
export function dataBody(query: DataQuery): string {
  return JSON.stringify({
    table: query.table,
    format: "CSV",
    lang: "da",
    valuePresentation: "Code",
    variables: Object.entries(query.variables).map(([code, values]) => ({ code, values })),
  });
}

/**
 * Splits a query so no request asks for more cells than the limit: the variable with the most
 * values (usually time or area) is cut into chunks. "*" is expanded from tableinfo first.
 */
export function splitQuery(query: DataQuery, info: TableInfo, limit = CELL_LIMIT): DataQuery[] {
  const expanded = Object.fromEntries(
    Object.entries(query.variables).map(([id, values]) => [
      id,
      values.includes("*")
        ? (info.variables.find((v) => v.id === id)?.values.map((v) => v.id) ?? values)
        : values,
    ]),
  );
  const cells = Object.values(expanded).reduce((n, values) => n * values.length, 1);
  if (cells <= limit) return [{ table: query.table, variables: expanded }];
  const [widest, values = []] = Object.entries(expanded).sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!widest || values.length <= 1)
    throw new Error(`a single cell combination of ${query.table} exceeds ${limit} cells`);
  const per = Math.max(1, Math.floor(values.length / Math.ceil(cells / limit)));
  const chunks: DataQuery[] = [];
  for (let i = 0; i < values.length; i += per) {
    chunks.push(
      ...splitQuery(
        { table: query.table, variables: { ...expanded, [widest]: values.slice(i, i + per) } },
        info,
        limit,
      ),
    );
  }
  return chunks;
}

/** All rows of a query, fetched chunk by chunk under the cell limit. */
export async function fetchData(
  options: ClientOptions,
  query: DataQuery,
  info: TableInfo,
): Promise<StatbankCsv> {
  const chunks = splitQuery(query, info);
  const parts: StatbankCsv[] = [];
  for (const chunk of chunks) {
    parts.push(parseStatbankCsv(await request(options, `${API}/data`, dataBody(chunk))));
  }
  return { header: parts[0]?.header ?? [], rows: parts.flatMap((p) => p.rows) };
}
