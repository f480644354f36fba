import GLPK from "glpk.js/node";

/**
 * An attacker written independently of src/data/privacy: GLPK (not HiGHS) and the published
 * labels (not the pipeline's cell model). Each published cell is a number, "under N" or "skjult";
 * each relation is a sum the reader can see, or a share printed to whole percent.
 */
let solver: ReturnType<typeof GLPK> | undefined;

export type Published = number | "under" | "skjult";

export interface AttackerSum {
  /** Cell names that add up… */
  parts: string[];
  /** …to this cell. */
  total: string;
}

export interface AttackerShare {
  numerator: string[];
  denominator: string[];
  /** The printed share, e.g. 0.87 for "87 %" (whole percent). */
  printed: number;
}

export interface AttackerView {
  cells: Map<string, Published>;
  sums: AttackerSum[];
  shares?: AttackerShare[];
  threshold: number;
}

/** What the attacker can prove about one withheld cell. */
export interface Breach {
  cell: string;
  label: "under" | "skjult";
  /** The values 1…N−1 ruled out (for "under"), or why a "skjult" cell fell. */
  proof: string;
}

/**
 * For every withheld cell the attacker tries each value the label allows it should keep: every
 * value 1…N−1 of a small count that really is one (`truth` tells which are), and for "skjult" a
 * second value and a value of at least N.
 */
export async function attack(view: AttackerView, truth: ReadonlyMap<string, number>): Promise<Breach[]> {
  solver ??= GLPK();
  const glpk = await solver;
  const names = [...view.cells.keys()];
  const id = new Map(names.map((name, i) => [name, `x${i}`]));
  const big = 10 * [...truth.values()].reduce((a, b) => a + b, 0) + 100;
  const t = view.threshold;
  const constraints: {
    name: string;
    vars: { name: string; coef: number }[];
    bnds: { type: number; lb: number; ub: number };
  }[] = [];
  const bounds: { name: string; type: number; lb: number; ub: number }[] = [];
  const binaries: string[] = [];
  for (const [name, label] of view.cells) {
    const x = id.get(name) as string;
    if (typeof label === "number") bounds.push({ name: x, type: glpk.GLP_FX, lb: label, ub: label });
    else if (label === "under") bounds.push({ name: x, type: glpk.GLP_DB, lb: 0, ub: t - 1 });
    else {
      bounds.push({ name: x, type: glpk.GLP_DB, lb: 0, ub: big });
      const z = `z_${x}`;
      binaries.push(z);
      constraints.push(
        {
          name: `lo_${x}`,
          vars: [
            { name: x, coef: 1 },
            { name: z, coef: -t },
          ],
          bnds: { type: glpk.GLP_LO, lb: 0, ub: 0 },
        },
        {
          name: `hi_${x}`,
          vars: [
            { name: x, coef: 1 },
            { name: z, coef: -big },
          ],
          bnds: { type: glpk.GLP_UP, lb: 0, ub: 0 },
        },
      );
    }
  }
  view.sums.forEach((sum, i) => {
    constraints.push({
      name: `sum${i}`,
      vars: [
        ...sum.parts.map((p) => ({ name: id.get(p) as string, coef: 1 })),
        { name: id.get(sum.total) as string, coef: -1 },
      ],
      bnds: { type: glpk.GLP_FX, lb: 0, ub: 0 },
    });
  });
  (view.shares ?? []).forEach((share, i) => {
    for (const [side, factor] of [
      ["lo", share.printed - 0.005],
      ["hi", share.printed + 0.005],
    ] as const) {
      const weights = new Map<string, number>();
      for (const n of share.numerator) weights.set(n, (weights.get(n) ?? 0) + 1);
      for (const d of share.denominator) weights.set(d, (weights.get(d) ?? 0) - factor);
      constraints.push({
        name: `share${side}${i}`,
        vars: [...weights].map(([n, coef]) => ({ name: id.get(n) as string, coef })),
        bnds: side === "lo" ? { type: glpk.GLP_LO, lb: 0, ub: 0 } : { type: glpk.GLP_UP, lb: 0, ub: 0 },
      });
    }
  });
  const generals = names.map((n) => id.get(n) as string);
  const solve = (objective: string, direction: number, fixed?: [string, number]) => {
    const result = glpk.solve(
      {
        name: "attack",
        objective: { direction, name: "obj", vars: [{ name: objective, coef: 1 }] },
        subjectTo: constraints,
        bounds: fixed
          ? bounds.map((b) =>
              b.name === fixed[0] ? { ...b, type: glpk.GLP_FX, lb: fixed[1], ub: fixed[1] } : b,
            )
          : bounds,
        generals,
        binaries,
      },
      { msglev: glpk.GLP_MSG_OFF, presol: true },
    );
    const ok = result.result.status === glpk.GLP_OPT;
    return ok ? Math.round(result.result.z) : undefined;
  };
  const breaches: Breach[] = [];
  for (const [name, label] of view.cells) {
    if (typeof label === "number") continue;
    const x = id.get(name) as string;
    const real = truth.get(name) ?? 0;
    if (label === "under") {
      if (real === 0) continue;
      const ruledOut = Array.from({ length: t - 1 }, (_, i) => i + 1).filter(
        (v) => solve(x, glpk.GLP_MIN, [x, v]) === undefined,
      );
      if (ruledOut.length > 0)
        breaches.push({ cell: name, label, proof: `cannot be ${ruledOut.join(", ")}` });
    } else {
      const lowest = solve(x, glpk.GLP_MIN);
      const highest = solve(x, glpk.GLP_MAX);
      if (lowest === undefined || highest === undefined)
        throw new Error("the published view has no solution");
      if (lowest === highest) breaches.push({ cell: name, label, proof: `pinned to ${lowest}` });
      else if (highest < t)
        breaches.push({ cell: name, label, proof: `proven under ${t} (at most ${highest})` });
    }
  }
  return breaches;
}
