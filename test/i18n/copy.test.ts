import { describe, expect, it } from "vitest";
import { copyProblems, tidyCopy, tidyJoinedStops } from "../../src/i18n/copy.ts";

describe("copyProblems", () => {
  it("finds the slips the review found: '..', a missing space after ':' and '.', 'De7' and double spaces", () => {
    expect(copyProblems("Et korrigeret budget på 224,0 mio. kr..")).toHaveLength(1);
    expect(copyProblems("Sammenligningskommuner for børn og familie:Herning, Vejle.")[0]).toMatch(
      /no space after ":"/,
    );
    expect(copyProblems("Holbæk, Gladsaxe.De er valgt, fordi de ligner Kolding.")[0]).toMatch(
      /no space after "\."/,
    );
    expect(copyProblems("De7 nærmeste vælges.")).toHaveLength(1);
    expect(copyProblems("Forbruget  steg.")[0]).toMatch(/double space/);
  });
  it("leaves ordinary Danish alone: abbreviations, times, ellipses and numbers", () => {
    expect(
      copyProblems("Kl. 10:30 mødes udvalget, fx om 1.234,5 mio. kr. i alt … og f.eks. mere..."),
    ).toEqual([]);
  });
});

describe("tidyCopy and tidyJoinedStops", () => {
  it("print one full stop where a value's abbreviation ends the sentence", () => {
    expect(tidyCopy("Forbruget er 18,8 mio. kr..")).toBe("Forbruget er 18,8 mio. kr.");
    expect(tidyJoinedStops('<p>budget på <data value="1">336,0 mio. kr.</data>.</p>')).toBe(
      '<p>budget på <data value="1">336,0 mio. kr.</data></p>',
    );
    expect(tidyJoinedStops("<p>Se <a href='/'>siden</a>.</p>")).toBe("<p>Se <a href='/'>siden</a>.</p>");
  });
});
