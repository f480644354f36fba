import { z } from "zod";
import { containsCprNumber } from "../privacy/person-data.ts";
import { isoDate, slug } from "./fields.ts";

/**
 * The case-level extract that `npm run aggregate` reads from the municipality's own systems
 * (raw-input/ by default, never data/): one row per granted service episode. It is person-level,
 * so it stays on the analyst's machine; only the aggregated ladder tables leave the aggregation step.
 */

const CPR_REFUSED =
  "a pseudonymised key, not a CPR number (the value has the shape of a Danish personal id, DDMMYY-SSSS, with or without a separator or a lost leading zero; pseudonymise the extract before it leaves the case system)";

const CPR_IN_ID =
  "an id or code, not a CPR number (the value has the shape of a Danish personal id; pseudonymise the extract before it leaves the case system)";

function textCell(expected: string) {
  return z.string({ error: expected }).trim();
}

/** Pseudonymised person key, e.g. "P000123": the same person has the same key in every row. */
export const personKey = () =>
  textCell("a pseudonymised person key (e.g. P000123)")
    .min(1, { error: "a pseudonymised person key (e.g. P000123); the cell is empty" })
    .max(64, { error: "a pseudonymised person key of at most 64 characters" })
    .refine((key) => !containsCprNumber(key, { idContext: true }), { error: CPR_REFUSED });

/** Service or paragraph code as the case system writes it, e.g. "SEL-85" or "BL-32-1.3". */
export const serviceCode = () =>
  textCell("a service or paragraph code (e.g. SEL-85)")
    .min(1, { error: "a service or paragraph code (e.g. SEL-85); the cell is empty" })
    .max(64, { error: "a service or paragraph code of at most 64 characters" })
    .refine((code) => !containsCprNumber(code, { idContext: true }), { error: CPR_IN_ID });

export const PROVIDER_TYPES = ["kommunal", "regional", "privat", "selvejende"] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** Price of the episode in kr. per year (a yearly rate, not what was paid in total). */
export const pricePerYear = () =>
  textCell("a price in kr. per year (e.g. 480000)")
    // At most two decimals: "1.000" is a Danish thousands separator, not one krone.
    .regex(/^-?\d+(\.\d{1,2})?$/, {
      error:
        "a price in kr. per year, at most two decimals after a point, no thousands separators (e.g. 480000)",
    })
    .transform(Number)
    .refine((price) => price >= 0, {
      error:
        "a price of 0 kr. or more per year (a negative price is a correction: net it into the episode it corrects)",
    })
    .meta({ numeric: true });

/** The columns of one row of the extract. */
export const ExtractFields = z.object({
  person_key: personKey(),
  /** An area id from site.json, e.g. born-familie. */
  area: slug().refine((area) => !containsCprNumber(area, { idContext: true }), { error: CPR_IN_ID }),
  service_code: serviceCode(),
  provider_type: z.enum(PROVIDER_TYPES, { error: `one of ${PROVIDER_TYPES.join(", ")}` }),
  /** First day of the episode. */
  start_date: isoDate(),
  /** Last day of the episode (inclusive); empty while it is ongoing. */
  end_date: isoDate().optional(),
  price_per_year: pricePerYear(),
});

/** One granted service episode; an episode cannot end before it starts. */
export const ExtractRow = ExtractFields.superRefine((row, context) => {
  if (row.end_date !== undefined && row.end_date < row.start_date) {
    context.addIssue({
      code: "custom",
      path: ["end_date"],
      message: `an end date on or after the start date ${row.start_date} (leave it empty while the episode is ongoing)`,
    });
  }
});

export type ExtractRow = z.output<typeof ExtractRow>;

export const EXTRACT_COLUMNS = Object.keys(ExtractFields.shape) as (keyof ExtractRow)[];

/**
 * data/ladder/mapping.csv: which ladder step each service or paragraph code belongs to, per area.
 * Every code in the extract must be listed here.
 */
export const LadderMappingRow = z.object({
  area: slug(),
  code: serviceCode(),
  /** A step_id of the area in ladder/steps.csv. */
  step_id: slug(),
});

export type LadderMappingRow = z.output<typeof LadderMappingRow>;

export const MAPPING_COLUMNS = Object.keys(LadderMappingRow.shape) as (keyof LadderMappingRow)[];
