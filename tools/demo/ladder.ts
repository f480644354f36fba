import type { LadderMappingRow, ProviderType } from "../../src/data/schemas/extract.ts";
import type { LadderStepRow } from "../../src/data/schemas/ladder.ts";

export const STEP_COLUMNS = ["area", "step_id", "order", "title", "description", "legal_basis"] as const;

export interface StepPlan {
  id: string;
  name: string;
  description: string;
  legalBasis: string;
  /** Citizens on the step at the end of the first year. */
  citizens: number;
  /** Average yearly cost per citizen, kr. (first year; rises 3 % a year). */
  cost: number;
  /** Average duration of an episode on the step, months. */
  duration: number;
  /** Service or paragraph codes the case system uses for the step. */
  codes: readonly string[];
  /** The codes for episodes starting from 2024, when Barnets Lov replaced the children's SEL paragraphs. */
  codesFrom2024?: readonly string[];
  /** Who provides the service, with relative weights. */
  providers: readonly (readonly [ProviderType, number])[];
}

export interface LadderPlan {
  area: string;
  steps: StepPlan[];
  /** A lighter service often granted alongside the heavier steps (the person counts on the heavier one). */
  companion: {
    /** Steps from this order up may get the companion service. */
    fromOrder: number;
    /** The order of the companion's step. */
    step: number;
    /** Share of episodes that get it. */
    share: number;
    /** Its price relative to the companion step's usual cost. */
    priceFactor: number;
  };
}

/** The year Barnets Lov took over the children's paragraphs of the Service Act. */
export const BARNETS_LOV_YEAR = 2024;

// Step definitions follow the mapping of Service Act paragraphs to ladder steps in OS2bos
// (../shared/data/public-dk/indsatstrappe_serviceloven_paragraffer.csv), with the children's
// paragraphs renumbered to Barnets Lov (2024).
export const DEMO_LADDERS: readonly LadderPlan[] = [
  {
    area: "born-familie",
    // A contact person (støtte i hjemmet) alongside a placement.
    companion: { fromOrder: 3, step: 2, share: 0.2, priceFactor: 0.4 },
    steps: [
      {
        id: "almene",
        name: "Almene tilbud",
        description:
          "Barnet har en sag, men klarer sig med støtte i almene tilbud som dagtilbud, skole og sundhedspleje.",
        legalBasis: "Dagtilbudsloven, folkeskoleloven",
        citizens: 310,
        cost: 4_000,
        duration: 7,
        codes: ["DTL-4", "FSL-3"],
        providers: [["kommunal", 1]],
      },
      {
        id: "forebyggende",
        name: "Forebyggende indsatser",
        description:
          "Rådgivning, familiegrupper og korte forløb uden bevilling af en egentlig foranstaltning.",
        legalBasis: "Barnets Lov § 30 (tidl. SEL § 11)",
        citizens: 520,
        cost: 72_000,
        duration: 8,
        codes: ["SEL-11-3.2", "SEL-11-3.4", "SEL-11-7"],
        codesFrom2024: ["BL-30-1.1", "BL-30-1.2", "BL-30-1.3"],
        providers: [
          ["kommunal", 8],
          ["privat", 2],
        ],
      },
      {
        id: "stoette-hjem",
        name: "Støtte i hjemmet",
        description:
          "Familiebehandling, praktisk-pædagogisk støtte, kontaktperson og aflastning, mens barnet bor hjemme.",
        legalBasis: "Barnets Lov § 32 (tidl. SEL § 52, stk. 3)",
        citizens: 385,
        cost: 135_000,
        duration: 14,
        codes: ["SEL-52-3.2", "SEL-52-3.3", "SEL-52-3.5", "SEL-52-3.6"],
        codesFrom2024: ["BL-32-1.2", "BL-32-1.3", "BL-32-1.4", "BL-32-1.6"],
        providers: [
          ["kommunal", 6],
          ["privat", 4],
        ],
      },
      {
        id: "netvaerk",
        name: "Netværkspleje",
        description: "Anbringelse hos familie eller netværk.",
        legalBasis: "Barnets Lov § 43, stk. 1, nr. 1 (tidl. SEL § 66, stk. 1, nr. 1–2)",
        citizens: 36,
        cost: 240_000,
        duration: 30,
        codes: ["SEL-66-1.1", "SEL-66-1.2"],
        codesFrom2024: ["BL-43-1.1"],
        providers: [["privat", 1]],
      },
      {
        id: "plejefamilie",
        name: "Plejefamilie",
        description: "Anbringelse i almen, forstærket eller specialiseret plejefamilie.",
        legalBasis: "Barnets Lov § 43, stk. 1, nr. 2 (tidl. SEL § 66, stk. 1, nr. 3–4)",
        citizens: 112,
        cost: 480_000,
        duration: 38,
        codes: ["SEL-66-1.3", "SEL-66-1.4"],
        codesFrom2024: ["BL-43-1.2"],
        providers: [
          ["privat", 7],
          ["kommunal", 3],
        ],
      },
      {
        id: "opholdssted",
        name: "Opholdssted og døgninstitution",
        description: "Anbringelse på socialpædagogisk opholdssted eller døgninstitution.",
        legalBasis: "Barnets Lov § 43, stk. 1, nr. 4–5 (tidl. SEL § 66, stk. 1, nr. 5–6)",
        citizens: 50,
        cost: 1_250_000,
        duration: 26,
        codes: ["SEL-66-1.5", "SEL-66-1.6"],
        codesFrom2024: ["BL-43-1.4", "BL-43-1.5"],
        providers: [
          ["privat", 7],
          ["selvejende", 2],
          ["regional", 1],
        ],
      },
      {
        id: "sikret",
        name: "Sikret døgninstitution",
        description: "Anbringelse på sikret afdeling, typisk efter dom eller varetægtssurrogat.",
        legalBasis: "Barnets Lov § 43, stk. 1, nr. 5 og § 58 (sikret afdeling)",
        citizens: 3,
        cost: 2_600_000,
        duration: 6,
        codes: ["SEL-66-1.6-sikret"],
        codesFrom2024: ["BL-58"],
        providers: [["regional", 1]],
      },
    ],
  },
  {
    area: "voksne-handicap",
    // An activity and day centre (SEL § 104) alongside a residential placement.
    companion: { fromOrder: 3, step: 0, share: 0.3, priceFactor: 1 },
    steps: [
      {
        id: "aabne-tilbud",
        name: "Åbne og frivillige tilbud",
        description: "Væresteder, samværstilbud og frivillige fællesskaber uden visitation.",
        legalBasis: "SEL § 79 og § 104 (uvisiterede tilbud)",
        citizens: 430,
        cost: 12_000,
        duration: 12,
        codes: ["SEL-79", "SEL-104"],
        providers: [
          ["kommunal", 6],
          ["selvejende", 4],
        ],
      },
      {
        id: "tidlig-stoette",
        name: "Tidlig forebyggende støtte",
        description: "Gruppeforløb og kortvarig støtte, herunder straksindsatsen.",
        legalBasis: "SEL § 82 a og § 82 b",
        citizens: 265,
        cost: 48_000,
        duration: 5,
        codes: ["SEL-82-a", "SEL-82-b"],
        providers: [["kommunal", 1]],
      },
      {
        id: "stoette-eget-hjem",
        name: "Socialpædagogisk støtte i eget hjem",
        description: "Bostøtte i borgerens egen bolig.",
        legalBasis: "SEL § 85",
        citizens: 540,
        cost: 128_000,
        duration: 30,
        codes: ["SEL-85"],
        providers: [
          ["kommunal", 7],
          ["privat", 3],
        ],
      },
      {
        id: "midlertidigt-botilbud",
        name: "Midlertidigt botilbud",
        description: "Ophold i midlertidigt botilbud med mål om at flytte i egen bolig.",
        legalBasis: "SEL § 107",
        citizens: 96,
        cost: 940_000,
        duration: 22,
        codes: ["SEL-107-2.1", "SEL-107-2.2"],
        providers: [
          ["kommunal", 5],
          ["privat", 3],
          ["regional", 2],
        ],
      },
      {
        id: "laengerevarende-botilbud",
        name: "Længerevarende botilbud",
        description: "Varigt ophold i botilbud for borgere med betydelig og varig nedsat funktionsevne.",
        legalBasis: "SEL § 108",
        citizens: 182,
        cost: 1_020_000,
        duration: 96,
        codes: ["SEL-108"],
        providers: [
          ["kommunal", 5],
          ["regional", 3],
          ["privat", 2],
        ],
      },
    ],
  },
];

/** ladder/steps.csv of the demo municipality. */
export function demoLadderSteps(): LadderStepRow[] {
  return DEMO_LADDERS.flatMap((ladder) =>
    ladder.steps.map((step, order) => ({
      area: ladder.area,
      step_id: step.id,
      order,
      title: step.name,
      description: step.description,
      legal_basis: step.legalBasis,
    })),
  );
}

/** ladder/mapping.csv of the demo municipality: every code of every step, old and new. */
export function demoMapping(): LadderMappingRow[] {
  return DEMO_LADDERS.flatMap((ladder) =>
    ladder.steps.flatMap((step) =>
      [...step.codes, ...(step.codesFrom2024 ?? [])].map((code) => ({
        area: ladder.area,
        code,
        step_id: step.id,
      })),
    ),
  );
}
