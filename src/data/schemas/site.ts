import { z } from "zod";

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "a colour written #RRGGBB (e.g. #005f7f)" });
const slugId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "an id of lowercase letters, digits and hyphens" });

/** A noun's forms: "barn", "børn", "børnene". */
export const NounForms = z.object({
  one: z.string().min(1),
  other: z.string().min(1),
  definite: z.string().min(1),
});
export type NounForms = z.infer<typeof NounForms>;

/** What citizens are called where an area names nothing else. */
export const CITIZENS: NounForms = { one: "borger", other: "borgere", definite: "borgerne" };

/** An area of the administration a committee follows (e.g. Børn og familie). */
export const AreaConfig = z.object({
  id: slugId,
  /** Danish name as readers know it. */
  name: z.string().min(1),
  /** One sentence on what the area covers. */
  description: z.string().min(1),
  /** Population group used for per-capita comparisons. */
  population: z.enum(["0-17", "18-64", "65+", "total"]),
  /** Measure ids shown as key figures for the area on the front page. */
  keyMeasures: z.array(slugId).default([]),
  /**
   * Activity × unit price: which measure counts the citizens that drive the spend of which
   * functions. Used for unit prices and the forecast.
   */
  unitCost: z
    .object({ measure: slugId, functions: z.array(z.string().min(1)).min(1), label: z.string().min(1) })
    .optional(),
  /**
   * What the area's citizens are called in sentences, in the three forms Danish copy needs: one
   * ("pr. barn"), other ("antallet af børn") and definite ("30 % af børnene").
   */
  citizensNoun: NounForms.default(CITIZENS),
  /** The political goal for the area's intervention ladder, if it has one. */
  ladderGoal: z
    .object({
      /** Step ids counted as "the lower steps". */
      lowerSteps: z.array(slugId).min(1),
      /** Target share of citizens on the lower steps (0–1). */
      targetShare: z.number().min(0).max(1),
      /** The year by which the target should be reached. */
      deadline: z.number().int(),
      /** The goal in the words of the decision, e.g. "Flere børn skal hjælpes tidligt …". */
      text: z.string().min(1),
      /** Where the goal was decided, e.g. "Børne- og ungepolitik 2024–2027". */
      decidedIn: z.string().min(1),
    })
    .optional(),
  /** Weekly measures to compare as granted vs. budgeted (Assens' home-care chart). */
  hoursComparison: z.object({ granted: slugId, budgeted: slugId }).optional(),
});

export const CommitteeConfig = z.object({
  id: slugId,
  name: z.string().min(1),
  /** Area ids this committee is responsible for. */
  areas: z.array(slugId).min(1),
});

/** data/site.json: who the site is for and how it behaves. */
export const SiteConfig = z
  .object({
    /** Official 3-digit code of the home municipality (e.g. 621 Kolding). */
    municipalityCode: z.number().int().min(101).max(860),
    /** Fiscal year the budget follow-up covers. */
    fiscalYear: z.number().int().min(2000).max(2100),
    /** The date the figures were extracted ("data pr."), YYYY-MM-DD. */
    dataAsOf: z.iso.date({ error: "a date that exists, written YYYY-MM-DD (e.g. 2026-10-31)" }),
    /** True while the figures are fictive demo data: every page then says so. */
    demoData: z.boolean(),
    language: z.literal("da"),
    /**
     * Small-cell suppression. Both thresholds must be written out: the output scan and the
     * disclosure audit read them, so a missing setting must not quietly switch them off.
     */
    suppression: z
      .object({
        /** Counts of citizens from 1 up to (not including) this value are shown as "under N". */
        publicThreshold: z.number().int().min(3).max(20),
        /**
         * The committee build's threshold: at least the public one. A lower one would publish, to
         * anyone who sees both builds, the counts the public build withholds.
         */
        committeeThreshold: z.number().int().min(3).max(20),
      })
      .refine((s) => s.committeeThreshold >= s.publicThreshold, {
        path: ["committeeThreshold"],
        message:
          "at least publicThreshold: a lower committee threshold would let anyone who sees both builds recover counts the public build withholds",
      }),
    theme: z.object({
      /** Site name shown in the header. */
      name: z.string().min(1),
      /** Path under public/ to the logo (SVG), or null for text only. */
      logo: z.string().nullable(),
      /** Accent colour for "us" in charts and links; must have 4.5:1 contrast on white. */
      accent: hexColour,
    }),
    /** Source line for the municipality's own figures. */
    source: z.string().min(1),
    /** Who readers contact about the figures; linked from the footer of every page. */
    contact: z
      .object({
        /** The unit or person to contact, e.g. "Økonomi og analyse". */
        name: z.string().min(1),
        /** E-mail address (shown as a mailto link). */
        email: z.email().optional(),
        /** Web page with contact details, on the municipality's own site. */
        url: z.url().optional(),
      })
      .optional(),
    areas: z.array(AreaConfig).min(1),
    /** Cross-municipality comparison. */
    comparison: z
      .object({
        /** How many peer municipalities to choose (5–8 reads well). */
        peerCount: z.number().int().min(3).max(15).default(7),
        /**
         * Optional GeoJSON of the municipalities' boundaries (properties.kommunekode), e.g. DAGI's.
         * With it the map shows real shapes; without it, the built-in tile grid.
         */
        boundaryFile: z.string().min(1).optional(),
        /**
         * Which peer group the pages show first: the structurally nearest ("naermeste"), DST's
         * kommunegruppe, the region, or the list below ("valgt"). The others are a click away.
         */
        defaultPeerGroup: z.enum(["naermeste", "kommunegruppe", "region", "valgt"]).default("naermeste"),
        /** A public figure whose newest year ended more than this many months before dataAsOf is flagged as old. */
        staleAfterMonths: z.number().int().min(1).max(120).default(18),
        /** The municipality's own list of peers, with the sentence that says why (a peer group "valgt"). */
        peerList: z
          .object({
            name: z.string().min(1),
            reason: z.string().min(1),
            municipalities: z.array(z.number().int().min(101).max(860)).min(1),
          })
          .optional(),
        /**
         * Spend measures that split into volume × price: spend per capita = volume per capita ×
         * spend per unit of volume (e.g. placements).
         */
        decompositions: z
          .array(
            z.object({
              spend: slugId,
              volume: slugId,
              volumeLabel: z.string().min(1),
              unitLabel: z.string().min(1),
            }),
          )
          .default([]),
      })
      .prefault({}),
    committees: z.array(CommitteeConfig).min(1),
  })
  .refine((site) => site.comparison.defaultPeerGroup !== "valgt" || site.comparison.peerList !== undefined, {
    error: 'defaultPeerGroup "valgt" needs comparison.peerList',
    path: ["comparison", "defaultPeerGroup"],
  })
  .refine((site) => site.dataAsOf.startsWith(String(site.fiscalYear)), {
    error: "dataAsOf must fall within fiscalYear",
    path: ["dataAsOf"],
  })
  .superRefine((site, context) => {
    site.committees.forEach((committee, i) => {
      committee.areas.forEach((area, j) => {
        if (site.areas.some((a) => a.id === area)) return;
        context.addIssue({
          code: "custom",
          path: ["committees", i, "areas", j],
          message: `an area id listed in areas (one of ${site.areas.map((a) => a.id).join(", ")})`,
        });
      });
    });
  });

export type SiteConfig = z.output<typeof SiteConfig>;
export type AreaConfig = z.output<typeof AreaConfig>;
