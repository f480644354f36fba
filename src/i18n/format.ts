/**
 * Danish number and date formatting, in one place. Every number a reader sees goes through here.
 * Units are joined with a no-break space so "12 %" and "1,2 mio. kr." never wrap apart.
 */
export const NBSP = "\u00a0";

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  const key = String(decimals);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("da-DK", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      // No "-0" for a value that rounds to zero.
      signDisplay: "negative",
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** 1234.5 → "1.234,5" (with the given number of decimals). Negative zero prints as "0". */
export function formatNumber(value: number, decimals = 0): string {
  return numberFormat(decimals).format(value).replace("\u2212", "-");
}

/** 12345678 kr. → "12,3 mio. kr." */
export function formatMioKr(kr: number, decimals = 1): string {
  return `${formatNumber(kr / 1e6, decimals)}${NBSP}mio.${NBSP}kr.`;
}

/** 1234 → "1.234 kr." */
export function formatKr(kr: number): string {
  return `${formatNumber(kr, 0)}${NBSP}kr.`;
}

/** A share 0.123 → "12 %"; use decimals for "12,3 %". */
export function formatPercent(share: number, decimals = 0): string {
  return `${formatNumber(share * 100, decimals)}${NBSP}%`;
}

/** Adds an explicit sign: +12,3 / -4,0 (for deviations). */
export function formatSigned(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

const MONTH_NAME = /* @__PURE__ */ new Intl.DateTimeFormat("da-DK", { month: "long", timeZone: "UTC" });

/**
 * "2026-10" as the UTC first of that month. Only to name it: period arithmetic is in
 * src/data/period.ts, which this module does not import, so the client scripts that format
 * numbers stay free of d3.
 */
function firstOf(yearMonth: string): Date {
  return new Date(`${yearMonth.slice(0, 7)}-01T00:00:00Z`);
}

/** The Danish name of a date's month: "oktober" (Intl.DateTimeFormat). */
function monthName(date: Date): string {
  return MONTH_NAME.format(date);
}

/** A month name as axes show it: in full up to four letters ("maj", "juni"), else "okt.". */
function shortName(name: string): string {
  return name.length <= 4 ? name : `${name.slice(0, 3)}.`;
}

/** "2026-10" → "oktober 2026" */
export function formatMonth(yearMonth: string): string {
  const start = firstOf(yearMonth);
  return `${monthName(start)} ${start.getUTCFullYear()}`;
}

/** "2026-10-31" → "31. oktober 2026" */
export function formatDate(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  return `${day.getUTCDate()}. ${monthName(day)} ${day.getUTCFullYear()}`;
}

/** "2026-10" → "okt." short month name for axes. */
export function formatMonthShort(yearMonth: string): string {
  return shortName(monthName(firstOf(yearMonth)));
}

/** Ends a sentence with a full stop unless it already ends with one (as "mio. kr." does). */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Axis label for a date: "jan. 2026" in January, otherwise the short month ("apr."). */
export function formatAxisMonth(date: Date): string {
  const short = shortName(monthName(date));
  return date.getUTCMonth() === 0 ? `${short} ${date.getUTCFullYear()}` : short;
}

const LIST = /* @__PURE__ */ new Intl.ListFormat("da", { type: "conjunction" });

/** ["A", "B", "C"] → "A, B og C" (Intl.ListFormat). */
export function formatList(items: readonly string[]): string {
  return LIST.format(items);
}

/** The items with the list's separators between them, for lists of links: [a, ", ", b, " og ", c]. */
export function interleaveList<T>(items: readonly T[]): (T | string)[] {
  return LIST.formatToParts(items.map((_, i) => String(i))).map((part) =>
    part.type === "element" ? (items[Number(part.value)] as T) : part.value,
  );
}
