import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, guessDelimiter, readCsv } from "../../../src/data/load/csv-reader.ts";
import { csvParser } from "../../../tools/aggregate/read-csv.ts";

describe("readCsv", () => {
  it("reads a BOM, CRLF and quoted cells with commas and line breaks, numbering rows by their first line", () => {
    const read = readCsv("x.csv", '\uFEFFa,b\r\n1,"2,5"\r\n\r\n"x\ny",3\r\n');
    expect(read.header).toEqual(["a", "b"]);
    expect(read.records).toEqual([
      { row: 1, cells: ["1", "2,5"] },
      { row: 3, cells: ["x\ny", "3"] },
    ]);
    expect(read.issues).toEqual([]);
  });

  it("refuses a row with more or fewer cells than the header", () => {
    const read = readCsv("x.csv", "a,b\n1,2,3\n4\n");
    expect(read.records).toEqual([]);
    expect(read.issues.map((i) => [i.row, i.found])).toEqual([
      [1, "3 cells"],
      [2, "1 cells"],
    ]);
  });

  it("refuses a column named twice", () => {
    expect(readCsv("x.csv", "a,b,a\n1,2,3\n").issues[0]?.expected).toBe(
      'each column name once in the header (columns 1 and 3 are both "a")',
    );
  });

  it("refuses bytes that are not UTF-8, naming the line and showing it as Windows-1252", () => {
    const read = readCsv("x.csv", Buffer.from("a,b\nAnbragte børn,1\n", "latin1"));
    expect(read.issues).toEqual([
      {
        file: "x.csv",
        row: 1,
        expected:
          "UTF-8 text: the file looks like Windows-1252/Latin-1; save it as UTF-8 (in Excel: CSV UTF-8)",
        found: "Anbragte børn,1",
      },
    ]);
  });

  it("refuses a quote that is never closed", () => {
    expect(readCsv("x.csv", 'a,b\n1,"2\n3,4\n').issues[0]?.found).toBe("a double quote that is never closed");
  });
});

describe("decodeUtf8 and guessDelimiter", () => {
  it("accepts UTF-8 bytes and guesses the delimiter of a header line", () => {
    expect(decodeUtf8("x", Buffer.from("børn", "utf8"))).toEqual({ text: "børn" });
    expect(guessDelimiter("a;b;c")).toBe(";");
    expect(guessDelimiter("a\tb")).toBe("\t");
    expect(guessDelimiter("a,b;c,d")).toBe(",");
  });
});

describe("the extract's streaming lane", () => {
  it("reads every CSV the same way as csv-parse, in any chunking", () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-zæøå0-9 .-]{0,6}$/),
      fc.stringMatching(/^[a-z,"\n]{0,6}$/).map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const rows = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 7 }), fc.boolean(), (table, chunk, crlf) => {
        const text = table.map((r) => r.join(",")).join(crlf ? "\r\n" : "\n");
        const streamed: string[][] = [];
        const parser = csvParser((_row, cells) => streamed.push(cells));
        for (let i = 0; i < text.length; i += chunk) parser.push(text.slice(i, i + chunk));
        parser.end();
        const expected = (
          parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][]
        ).filter((r) => !(r.length === 1 && r[0] === ""));
        expect(streamed.filter((r) => !(r.length === 1 && r[0] === ""))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
