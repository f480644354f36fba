import { createReadStream } from "node:fs";

/** One record of a source file: its cells as text and the 1-based data row (the header is row 0). */
export interface RawRecord {
  row: number;
  cells: string[];
}

/**
 * Streams a CSV file (UTF-8, comma-separated, optional BOM, quotes as in RFC 4180) as batches of
 * records. Hand-rolled because a million-row extract must not be held in memory as one string and
 * arquero's fromCSV is several times slower on it. Rows count physical lines, so "row N (line N+1)"
 * in a message points at the right line; blank lines are skipped but counted.
 */
export async function* csvRecords(path: string): AsyncGenerator<RawRecord[]> {
  const parser = csvParser();
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    yield parser.push(chunk as string);
  }
  yield parser.end();
}

/** Parses CSV text that arrives in pieces; push() returns the records completed so far. */
export function csvParser(): { push(text: string): RawRecord[]; end(): RawRecord[] } {
  let pending = "";
  let line = 0; // physical lines consumed so far
  let first = true;

  const take = (text: string, final: boolean): RawRecord[] => {
    const records: RawRecord[] = [];
    let position = 0;
    // Where the next quote is; searched again only once passed, so quote-free text is scanned once.
    let quote = -1;
    while (position < text.length) {
      const newline = text.indexOf("\n", position);
      if (newline === -1 && !final) break;
      const end = newline === -1 ? text.length : newline;
      if (quote !== Number.POSITIVE_INFINITY && quote < position) {
        quote = text.indexOf('"', position);
        if (quote === -1) quote = Number.POSITIVE_INFINITY;
      }
      if (quote < end) {
        const quoted = parseQuotedRecord(text, position, final);
        if (quoted === undefined) break; // the record goes on in the next chunk
        if (!isBlank(quoted.cells)) records.push({ row: line, cells: quoted.cells });
        line += quoted.lines;
        position = quoted.next;
        continue;
      }
      let content = text.slice(position, end);
      if (content.endsWith("\r")) content = content.slice(0, -1);
      if (content !== "") records.push({ row: line, cells: content.split(",") });
      line += 1;
      position = end + 1;
    }
    pending = text.slice(position);
    return records;
  };

  const withoutBom = (text: string): string => {
    if (!first) return text;
    first = false;
    return text.replace(/^\uFEFF/, "");
  };

  return {
    push: (text) => take(pending + withoutBom(text), false),
    end: () => take(pending, true),
  };
}

function isBlank(cells: string[]): boolean {
  return cells.length === 1 && cells[0] === "";
}

/**
 * Parses one record that contains quotes, starting at `start`. Returns undefined when the text ends
 * inside it and more may come.
 */
function parseQuotedRecord(
  text: string,
  start: number,
  final: boolean,
): { cells: string[]; next: number; lines: number } | undefined {
  const cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let lines = 1;
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        if (i + 1 === text.length && !final) return undefined; // could be an escaped quote split by the chunk
        inQuotes = false;
      } else {
        if (char === "\n") lines += 1;
        cell += char;
      }
      i += 1;
      continue;
    }
    if (char === '"') inQuotes = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n") {
      cells.push(cell.endsWith("\r") ? cell.slice(0, -1) : cell);
      return { cells, next: i + 1, lines };
    } else cell += char;
    i += 1;
  }
  if (!final) return undefined;
  cells.push(cell.endsWith("\r") ? cell.slice(0, -1) : cell);
  return { cells, next: text.length, lines };
}
