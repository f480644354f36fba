import { z } from "zod";

/**
 * Column types shared by the CSV tables. Each carries the sentence an analyst sees when a cell is
 * wrong ("expected …"), so the messages read the same everywhere.
 */

function textCell(expected: string) {
  return z.string({ error: expected }).trim();
}

/** The largest amount a municipal table can hold: a thousand billion kr. Beyond it, a unit or export went wrong. */
export const MAX_AMOUNT = 1_000_000_000_000;
/** The largest count of people or cases (Denmark has six million inhabitants). */
export const MAX_COUNT = 100_000_000;

/**
 * "1.250" or "1,250": a thousands separator, which a Danish export writes as a point. Read as a
 * decimal it would be 1000 times too small, so the message names both readings.
 */
const THOUSANDS = /^-?[1-9]\d{0,2}([.,]\d{3})+$/;

/** The sentence for a cell written with thousands separators: its Danish reading and what to write. */
export function thousandsHint(text: string): string | undefined {
  const value = text.trim();
  if (!THOUSANDS.test(value)) return undefined;
  const whole = value.replace(/[.,]/g, "");
  if (value.includes(",")) {
    const danish = value
      .replace(/\./g, "")
      .replace(",", ".")
      .replace(/\.?0+$/, "");
    return `"${value}" is ambiguous: in Danish it reads ${danish} (a comma is the decimal sign), in English ${whole}; write the number without separators`;
  }
  return `"${value}" is ambiguous: in Danish it reads ${whole} (a point separates thousands); write ${whole} without separators, or a decimal with at most two places`;
}

function wholeNumber(expected: string, pattern: RegExp, max: number) {
  return textCell(expected)
    .regex(pattern, {
      error: (issue) => {
        const input = typeof issue.input === "string" ? issue.input : "";
        const hint = thousandsHint(input);
        return hint ? `${expected}; ${hint}` : expected;
      },
    })
    .transform(Number)
    .refine((value) => Math.abs(value) <= max, {
      error: `${expected}, at most ${max} (a larger number means a wrong unit or a broken export)`,
    })
    .meta({ numeric: true });
}

/** Whole kroner, may be negative (income, corrections). No thousands separators. */
export const amountKr = () =>
  wholeNumber("a whole number of kr. without separators or decimals (e.g. 1250000)", /^-?\d+$/, MAX_AMOUNT);

/** Whole kroner that cannot be negative (spend, budgets for citizens). */
export const nonNegativeKr = () =>
  wholeNumber("a whole number of kr., 0 or more, without separators (e.g. 1250000)", /^\d+$/, MAX_AMOUNT);

/** A count of people or cases: a whole number, 0 or more. */
export const count = () => wholeNumber("a whole number, 0 or more (e.g. 12)", /^\d+$/, MAX_COUNT);

/** A decimal number written with a point (e.g. 12.5), as systems export it; finite and within range. */
export const decimal = () =>
  textCell("a number with a decimal point (e.g. 12.5)")
    .regex(/^-?\d+(\.\d+)?$/, { error: "a number with a decimal point, not a comma (e.g. 12.5)" })
    .transform(Number)
    .refine((value) => Number.isFinite(value) && Math.abs(value) <= MAX_AMOUNT, {
      error: `a number with a decimal point, at most ${MAX_AMOUNT} (a larger number means a wrong unit or a broken export)`,
    })
    .meta({ numeric: true });

export const yearMonth = () =>
  textCell("a month written YYYY-MM (e.g. 2026-03)").regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
    error: "a month written YYYY-MM (e.g. 2026-03)",
  });

export const year = () =>
  textCell("a year written YYYY (e.g. 2025)")
    .regex(/^(19|20)\d{2}$/, { error: "a year written YYYY (e.g. 2025)" })
    .transform(Number)
    .meta({ numeric: true });

/** A period: a year (2025), a month (2025-03) or an ISO week (2025-W07). */
export const period = () =>
  textCell("a period: YYYY, YYYY-MM or YYYY-Www (e.g. 2025, 2025-03, 2025-W07)").regex(
    /^\d{4}(-(0[1-9]|1[0-2])|-W(0[1-9]|[1-4]\d|5[0-3]))?$/,
    { error: "a period: YYYY, YYYY-MM or YYYY-Www (e.g. 2025, 2025-03, 2025-W07)" },
  );

export const slug = () =>
  textCell("an id of lowercase letters, digits and hyphens (e.g. born-familie)").regex(
    /^[a-z0-9][a-z0-9-]*$/,
    { error: "an id of lowercase letters, digits and hyphens (e.g. born-familie)" },
  );

export const text = () => textCell("some text").min(1, { error: "some text (the cell is empty)" });

export const municipalityCode = () =>
  textCell("a 3-digit municipality code (e.g. 621)")
    .regex(/^\d{3}$/, { error: "a 3-digit municipality code (e.g. 621)" })
    .transform(Number)
    .meta({ numeric: true });

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar day written YYYY-MM-DD (no 2023-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= last;
}

/** A calendar day written YYYY-MM-DD, as systems export dates (e.g. 2024-03-01). */
export const isoDate = () =>
  textCell("a date written YYYY-MM-DD (e.g. 2024-03-01)").refine(isCalendarDate, {
    error: "a date written YYYY-MM-DD (e.g. 2024-03-01)",
  });
