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
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** 1234.5 → "1.234,5" (with the given number of decimals). Negative zero prints as "0". */
export function formatNumber(value: number, decimals = 0): string {
  const text = numberFormat(decimals).format(value);
  return /^-0(,0+)?$/.test(text) ? text.slice(1) : text.replace("\u2212", "-");
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

const MONTHS = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

/** "2026-10" → "oktober 2026" */
export function formatMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split("-").map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** "2026-10-31" → "31. oktober 2026" */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${day}. ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** "2026-10" → "okt." short month name for axes. */
export function formatMonthShort(yearMonth: string): string {
  const month = Number(yearMonth.split("-")[1]);
  const name = MONTHS[month - 1] ?? "";
  return name.length <= 4 ? name : `${name.slice(0, 3)}.`;
}

/** Ends a sentence with a full stop unless it already ends with one (as "mio. kr." does). */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Axis label for a date: "jan. 2026" in January, otherwise the short month ("apr."). */
export function formatAxisMonth(date: Date): string {
  const month = date.getUTCMonth();
  const name = MONTHS[month] ?? "";
  const short = name.length <= 4 ? name : `${name.slice(0, 3)}.`;
  return month === 0 ? `${short} ${date.getUTCFullYear()}` : short;
}

/** "2026-10" → a UTC date on the first of the month, for time axes. */
export function monthToDate(yearMonth: string): Date {
  return new Date(`${yearMonth}-01T00:00:00Z`);
}

/** A period as a UTC date for time axes: a month's first day, an ISO week's Monday, or 1 January. */
export function periodToDate(period: string): Date {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const year = Number(week[1]);
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7);
    return monday;
  }
  if (/^\d{4}$/.test(period)) return new Date(Date.UTC(Number(period), 0, 1));
  return monthToDate(period);
}
