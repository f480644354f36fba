import type { Dataset } from "../load/dataset.ts";
import type { MunicipalityRow } from "../schemas/reference.ts";

/** The peer groups a reader can compare with; the default is set in site.json. */
export const PEER_GROUP_IDS = ["naermeste", "kommunegruppe", "region", "valgt"] as const;
export type PeerGroupId = (typeof PEER_GROUP_IDS)[number];

export interface Peer {
  code: number;
  municipality: string;
  /** Standardised distance to the home municipality (0 is identical); for the nearest group. */
  distance?: number | undefined;
}

export interface PeerGroup {
  id: PeerGroupId;
  /** "De 7 mest lignende kommuner", "Hovedstadskommuner", "Region Hovedstaden". */
  name: string;
  /** One sentence: why these municipalities are in the group. */
  reason: string;
  peers: Peer[];
  /** True when the site config names the members. */
  fixed: boolean;
}

/** What the nearest group is chosen on, in the words of the reason sentence. */
export const STRUCTURE_TEXT =
  "indbyggertal, aldersfordeling (andelen af 0–17-årige og af borgere på 65 år og derover), Danmarks Statistiks kommunegruppe og region";

/** Numeric features: population (log, latest year), shares aged 0–17 and 65+. */
function numericFeatures(m: MunicipalityRow): number[] {
  const total = m.population_total || 1;
  const latest = m.latest_population_total ?? m.population_total;
  return [Math.log(Math.max(1, latest)), m.population_0_17 / total, m.population_65_plus / total];
}

/** The features of every municipality, z-standardised (each column: mean 0, standard deviation 1). */
export function standardisedFeatures(municipalities: readonly MunicipalityRow[]): Map<number, number[]> {
  const groups = [...new Set(municipalities.map((m) => m.kommunegruppe ?? ""))].filter((g) => g !== "");
  const regions = [...new Set(municipalities.map((m) => m.region))];
  // Categories as one indicator column each (1 = member), standardised like the numbers.
  const raw = municipalities.map((m) => [
    ...numericFeatures(m),
    ...groups.map((g) => (m.kommunegruppe === g ? 1 : 0)),
    ...regions.map((r) => (m.region === r ? 1 : 0)),
  ]);
  const width = raw[0]?.length ?? 0;
  const stats = Array.from({ length: width }, (_, j) => {
    const column = raw.map((v) => v[j] ?? 0);
    const mean = column.reduce((a, b) => a + b, 0) / column.length;
    const sd = Math.sqrt(column.reduce((a, b) => a + (b - mean) ** 2, 0) / column.length);
    return { mean, sd: sd || 1 };
  });
  return new Map(
    municipalities.map((m, i) => [
      m.code,
      (raw[i] ?? []).map((x, j) => (x - (stats[j]?.mean ?? 0)) / (stats[j]?.sd ?? 1)),
    ]),
  );
}

/** The home municipality's nearest neighbours by Euclidean distance over the standardised features. */
export function nearestPeers(
  municipalities: readonly MunicipalityRow[],
  home: number,
  count: number,
): Peer[] {
  const features = standardisedFeatures(municipalities);
  const target = features.get(home);
  if (!target) return [];
  return municipalities
    .filter((m) => m.code !== home)
    .map((m) => {
      const point = features.get(m.code) ?? [];
      return {
        code: m.code,
        municipality: m.municipality,
        distance: Math.sqrt(point.reduce((sum, x, j) => sum + (x - (target[j] ?? 0)) ** 2, 0)),
      };
    })
    .sort((a, b) => a.distance - b.distance || a.code - b.code)
    .slice(0, count);
}

const byName = (a: Peer, b: Peer) => a.municipality.localeCompare(b.municipality, "da");

/** Every peer group the data allows, in a fixed order: nearest, kommunegruppe, region, the site's list. */
export function peerGroups(data: Pick<Dataset, "site" | "municipalities">): PeerGroup[] {
  const { site, municipalities } = data;
  const home = municipalities.find((m) => m.code === site.municipalityCode);
  if (!home) return [];
  const others = municipalities.filter((m) => m.code !== home.code);
  const asPeer = (m: MunicipalityRow): Peer => ({ code: m.code, municipality: m.municipality });
  const count = site.comparison.peerCount;
  const groups: PeerGroup[] = [
    {
      id: "naermeste",
      name: `De ${count} mest lignende kommuner`,
      reason: `De ${count} kommuner, der ligner ${home.municipality} mest på ${STRUCTURE_TEXT}.`,
      peers: nearestPeers(municipalities, home.code, count),
      fixed: false,
    },
  ];
  if (home.kommunegruppe) {
    groups.push({
      id: "kommunegruppe",
      name: home.kommunegruppe,
      reason: `Danmarks Statistik placerer ${home.municipality} i kommunegruppen ${home.kommunegruppe} sammen med disse ${others.filter((m) => m.kommunegruppe === home.kommunegruppe).length} kommuner (efter bl.a. byområder, indbyggertal og arbejdspladser).`,
      peers: others
        .filter((m) => m.kommunegruppe === home.kommunegruppe)
        .map(asPeer)
        .sort(byName),
      fixed: false,
    });
  }
  groups.push({
    id: "region",
    name: home.region,
    reason: `De øvrige ${others.filter((m) => m.region === home.region).length} kommuner i samme region som ${home.municipality}.`,
    peers: others
      .filter((m) => m.region === home.region)
      .map(asPeer)
      .sort(byName),
    fixed: false,
  });
  const list = site.comparison.peerList;
  if (list) {
    groups.push({
      id: "valgt",
      name: list.name,
      reason: list.reason,
      peers: others
        .filter((m) => list.municipalities.includes(m.code))
        .map(asPeer)
        .sort(byName),
      fixed: true,
    });
  }
  return groups;
}

/** The group named by site.json's comparison.defaultPeerGroup (the nearest when it is not available). */
export function defaultPeerGroup(data: Pick<Dataset, "site" | "municipalities">): PeerGroup {
  const groups = peerGroups(data);
  const chosen = groups.find((g) => g.id === data.site.comparison.defaultPeerGroup) ?? groups[0];
  return chosen ?? { id: "naermeste", name: "", reason: "", peers: [], fixed: false };
}
