import type { MunicipalityRow } from "../schemas/reference.ts";

export interface Tile {
  code: number;
  col: number;
  row: number;
}

/** Cell size in degrees of latitude: fine enough that crowded Copenhagen spreads out into the sound. */
const CELL = 0.2;
const COS_LAT = Math.cos((56 * Math.PI) / 180);

/**
 * Lays the municipalities out on a square grid near their real position, one tile each, so the map
 * needs no boundary file: each takes the free cell nearest its DAGI label point, the crowded
 * capital area first. Bornholm keeps its place east of the sound.
 */
export function tileGrid(municipalities: readonly Pick<MunicipalityRow, "code" | "lon" | "lat">[]): Tile[] {
  const points = municipalities.map((m) => ({ code: m.code, x: (m.lon * COS_LAT) / CELL, y: -m.lat / CELL }));
  const minX = Math.min(...points.map((p) => p.x));
  const minY = Math.min(...points.map((p) => p.y));
  const placed = new Map<string, number>();
  const density = (p: { x: number; y: number }) =>
    points.filter((q) => Math.hypot(q.x - p.x, q.y - p.y) < 2).length;
  const order = [...points].sort((a, b) => density(b) - density(a) || a.code - b.code);
  const tiles: Tile[] = [];
  for (const p of order) {
    const x = p.x - minX;
    const y = p.y - minY;
    let best: { col: number; row: number; d: number } | undefined;
    for (let radius = 0; radius < 12 && !best; radius += 1) {
      for (let col = Math.floor(x) - radius; col <= Math.ceil(x) + radius; col += 1) {
        for (let row = Math.floor(y) - radius; row <= Math.ceil(y) + radius; row += 1) {
          if (col < 0 || row < 0 || placed.has(`${col},${row}`)) continue;
          const d = Math.hypot(col + 0.5 - x, row + 0.5 - y);
          if (d <= radius + 1 && (!best || d < best.d)) best = { col, row, d };
        }
      }
    }
    if (!best) continue;
    placed.set(`${best.col},${best.row}`, p.code);
    tiles.push({ code: p.code, col: best.col, row: best.row });
  }
  return compact(tiles).sort((a, b) => a.code - b.code);
}

/** Drops empty columns and rows so the map is as small as the layout allows. */
function compact(tiles: Tile[]): Tile[] {
  const cols = [...new Set(tiles.map((t) => t.col))].sort((a, b) => a - b);
  const rows = [...new Set(tiles.map((t) => t.row))].sort((a, b) => a - b);
  return tiles.map((t) => ({ code: t.code, col: cols.indexOf(t.col), row: rows.indexOf(t.row) }));
}
