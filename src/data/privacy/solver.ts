import loadHighs from "highs";

/**
 * HiGHS, the MIP solver behind SciPy's `milp`, compiled to WebAssembly: loaded once per process
 * and shared by the disclosure audit and the secondary suppression. Chosen over GLPK (glpk.js) by
 * measurement: see bench/disclosure.bench.ts.
 */
export const highs = await loadHighs();
export const { maximize, minimize } = highs.constants.objectiveSense;
export const INTEGER = highs.constants.variableType.integer;
export const OPTIMAL = highs.constants.modelStatus.optimal;
export const SOLVER_OPTIONS = { output_flag: false, mip_rel_gap: 0, presolve: "on" } as const;
/**
 * Choosing a cover: any feasible pattern protects (the audit checks it again), so a pattern within
 * 5 % of the cheapest, or the best found in a second, will do.
 */
export const COVER_OPTIONS = { ...SOLVER_OPTIONS, mip_rel_gap: 0.05, time_limit: 1 } as const;
