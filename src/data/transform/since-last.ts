import type { Dataset } from "../load/dataset.ts";
import type { Count } from "../privacy/suppress.ts";
import { type BoundUnit, resolveValue } from "./bound-values.ts";

export interface SnapshotFigure {
  key: string;
  /** The activity measure behind a key figure (none for the budget forecast). */
  measureId?: string;
  area: string;
  label: string;
  unit: BoundUnit;
  value: Count;
}

/**
 * The figures a committee follows, as they stood in a month: each area's expected deviation
 * (the forecast) and its monthly key figures. A briefing's snapshot is this list for its month.
 */
export function snapshotFigures(data: Dataset, committeeId: string, month: string): SnapshotFigure[] {
  const committee = data.site.committees.find((c) => c.id === committeeId);
  const areas = data.site.areas.filter((a) => committee?.areas.includes(a.id));
  return areas.flatMap((area) => {
    const forecast = resolveValue(data, { measure: "forventet-afvigelse", period: month, area: area.id });
    const figures: SnapshotFigure[] = [
      {
        key: `${area.id}/forventet-afvigelse`,
        area: area.id,
        label: `${area.name}: forventet afvigelse ved årets udgang`,
        unit: "kr",
        value: forecast.value,
      },
    ];
    for (const id of area.keyMeasures) {
      const measure = data.measures.find((m) => m.id === id);
      if (measure?.frequency !== "month") continue;
      const bound = resolveValue(data, { measure: id, period: month, area: area.id });
      figures.push({
        key: `${area.id}/${id}`,
        measureId: id,
        area: area.id,
        label: `${area.name}: ${measure.label.toLowerCase()}`,
        unit: measure.unit,
        value: bound.value,
      });
    }
    return figures;
  });
}

export interface SinceLastRow {
  key: string;
  measureId?: string | undefined;
  area: string;
  label: string;
  unit: BoundUnit;
  before: Count | undefined;
  now: Count;
}

/** Pairs each figure now with the same figure in the previous briefing's snapshot. */
export function sinceLast(
  previous: readonly SnapshotFigure[],
  current: readonly SnapshotFigure[],
): SinceLastRow[] {
  return current.map((figure) => ({
    key: figure.key,
    measureId: figure.measureId,
    area: figure.area,
    label: figure.label,
    unit: figure.unit,
    before: previous.find((p) => p.key === figure.key)?.value,
    now: figure.value,
  }));
}
