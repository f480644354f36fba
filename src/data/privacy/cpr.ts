/**
 * CPR numbers (Danish personal ids) in every shape an analyst's tools produce: DDMMYY and the four
 * serial digits with any separator (hyphen, en or em dash, space, dot) or none, an optional "CPR"
 * prefix, and, where a person key or id is expected, nine digits: a CPR number stored as a
 * spreadsheet number that lost its leading zero.
 *
 * A match counts only when DDMMYY is a real date in the century the serial's first digit gives
 * (so 29 February only in leap years), which keeps amounts, phone numbers and codes out.
 */

/** Where the text comes from decides how eagerly digits are read as a CPR number. */
export interface CprOptions {
  /**
   * A value that must be a person key or id (or a line about to be printed): nine digits are read
   * as a CPR number with a lost leading zero, and letters may touch the digits ("P1503724127").
   */
  idContext?: boolean;
  /** An amount column: ten bare digits are an amount there, so only a separator or prefix counts. */
  numeric?: boolean;
  /** Letters may touch the digits ("P1503724127"), without reading nine digits as a CPR number. */
  anyBoundary?: boolean;
}

const SEPARATOR = "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212 .\u00a0\u202f]";
const PREFIX = "(?:CPR(?:[-\\s.:]*(?:nr|nummer)?[-\\s.:]*)?)";
// Digits must not continue on either side; in prose letters must not touch them either (hashes, ids).
const TEN = new RegExp(`(?<!\\d)(${PREFIX})?(\\d{6})(${SEPARATOR}?)(\\d{4})(?!\\d)`, "giu");
const NINE = /(?<!\d)(\d{5})(\d{4})(?!\d)/g;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The four-digit year of a CPR number from its two-digit year and the first serial digit. */
export function cprYear(yy: number, serialFirstDigit: number): number {
  if (serialFirstDigit <= 3) return 1900 + yy;
  if (serialFirstDigit === 4 || serialFirstDigit === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

/** True when the ten digits DDMMYYSSSS name a real birth date (29 February only in a leap year). */
export function isCprDigits(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = cprYear(Number(digits.slice(4, 6)), Number(digits[6]));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= last;
}

/** One CPR-shaped value found in a text: where it is and how long it is. */
export interface CprMatch {
  index: number;
  length: number;
}

/** Every CPR-shaped value in the text. */
export function findCprNumbers(
  text: string,
  { idContext = false, numeric = false, anyBoundary = false }: CprOptions = {},
): CprMatch[] {
  const found: CprMatch[] = [];
  for (const match of text.matchAll(TEN)) {
    const [whole, prefix, date, separator, serial] = match;
    if (!isCprDigits(`${date}${serial}`)) continue;
    const bare = !prefix && !separator;
    if (bare && numeric && /^[-+]?\d+$/.test(text.trim())) continue;
    const digitsAt = match.index + (prefix?.length ?? 0);
    if (
      !idContext &&
      !anyBoundary &&
      touchesLetterOrDigit(text, digitsAt, whole.length - (prefix?.length ?? 0), !!prefix)
    )
      continue;
    found.push({ index: match.index, length: whole.length });
  }
  if (idContext) {
    for (const match of text.matchAll(NINE)) {
      if (isCprDigits(`0${match[1]}${match[2]}`) && !overlaps(found, match.index)) {
        found.push({ index: match.index, length: match[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** True when the text holds a CPR-shaped value. */
export function containsCpr(text: string, options: CprOptions = {}): boolean {
  return findCprNumbers(text, options).length > 0;
}

/** The text with the digits of every CPR-shaped value replaced by "•", so its shape still shows. */
export function maskCpr(text: string, options: CprOptions = { idContext: true }): string {
  let masked = text;
  for (const { index, length } of findCprNumbers(text, options)) {
    masked =
      masked.slice(0, index) +
      masked.slice(index, index + length).replace(/\d/g, "•") +
      masked.slice(index + length);
  }
  return masked;
}

/** In prose, "x1503724127" is a hash or an id, not a CPR number; a "CPR" prefix always counts. */
function touchesLetterOrDigit(text: string, start: number, length: number, prefixed: boolean): boolean {
  const before = text[start - 1] ?? "";
  const after = text[start + length] ?? "";
  return (!prefixed && /[\p{L}\d_]/u.test(before)) || /[\p{L}\d_]/u.test(after);
}

function overlaps(found: readonly CprMatch[], index: number): boolean {
  return found.some((match) => index >= match.index && index < match.index + match.length);
}
