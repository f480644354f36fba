import { readFileSync } from "node:fs";
import { z } from "zod";
import type { DataIssue } from "./issues.ts";

/** A municipality's boundary as GeoJSON (WGS84), keyed by its official code. */
export const BoundaryFeature = z.object({
  type: z.literal("Feature"),
  properties: z.looseObject({ kommunekode: z.coerce.number().int() }),
  geometry: z.looseObject({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()) }),
});

export const BoundaryCollection = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(BoundaryFeature).min(1),
});

export type BoundaryFeature = z.output<typeof BoundaryFeature>;

/**
 * Reads the optional boundary file named in site.json (e.g. DAGI's municipalities as GeoJSON). The
 * file stays where it is, outside the project; only the map drawn from it is published.
 */
export function loadBoundaries(path: string, issues: DataIssue[]): BoundaryFeature[] | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    issues.push({
      file: path,
      expected: "a readable GeoJSON file (comparison.boundaryFile in site.json)",
      found: (error as Error).message,
    });
    return undefined;
  }
  const result = BoundaryCollection.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    issues.push({
      file: path,
      column: issue?.path.join("."),
      expected: `a GeoJSON FeatureCollection of (Multi)Polygons with properties.kommunekode: ${issue?.message}`,
    });
    return undefined;
  }
  return result.data.features;
}
