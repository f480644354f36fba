import { describe, expect, it } from "vitest";
import { csvParser } from "../../../tools/aggregate/read-csv.ts";

/** Parses text fed in pieces of the given size, as a read stream would deliver it. */
function parse(text: string, pieceSize = text.length) {
  const records: { row: number; cells: string[] }[] = [];
  const parser = csvParser((row, cells) => records.push({ row, cells }));
  for (let i = 0; i < text.length; i += pieceSize) parser.push(text.slice(i, i + pieceSize));
  parser.end();
  return records;
}

describe("csvParser", () => {
  it("splits plain lines into cells and numbers rows from the header (row 0)", () => {
    expect(parse("a,b\n1,2\n3,\n")).toEqual([
      { row: 0, cells: ["a", "b"] },
      { row: 1, cells: ["1", "2"] },
      { row: 2, cells: ["3", ""] },
    ]);
  });

  it("reads quoted cells with commas, doubled quotes and line breaks", () => {
    expect(parse('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1').map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["two\nlines", "z"],
      ["last", "1"],
    ]);
  });

  it("gives the same records whichever way the text is cut into pieces", () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\r\nlast,1\r\n';
    const whole = parse(text);
    for (const size of [1, 2, 3, 5, 7, 11]) expect(parse(text, size), `pieces of ${size}`).toEqual(whole);
    expect(whole[0]?.cells).toEqual(["a", "b"]);
  });

  it("skips blank lines but counts them, so row N is still on line N+1", () => {
    expect(parse("a\n1\n\n2\n").map((r) => r.row)).toEqual([0, 1, 3]);
    expect(parse('a\n"multi\nline"\n3\n').map((r) => r.row)).toEqual([0, 1, 3]);
  });
});
