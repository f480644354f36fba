import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load/dataset.ts";
import {
  defaultPeerGroup,
  peerGroups,
  standardisedFeatures,
} from "../../../src/data/transform/peer-groups.ts";
import { demoDataWith } from "../../fixtures/data-folder.ts";

const real = loadDataset("data", demoDataWith());
const as = (code: number, comparison: Partial<typeof real.site.comparison> = {}) => ({
  ...real,
  site: { ...real.site, municipalityCode: code, comparison: { ...real.site.comparison, ...comparison } },
});

// Copenhagen's suburbs (DST: Hovedstadskommuner outside København and Frederiksberg).
const SUBURBS = new Set([
  151, 153, 155, 157, 159, 161, 163, 165, 167, 169, 173, 175, 183, 185, 187, 190, 201, 223, 230, 240, 253,
  269,
]);

describe("peer groups for Gladsaxe (159), from public data alone", () => {
  const groups = peerGroups(as(159));
  it("defaults to the structurally nearest, all of them Copenhagen suburbs, with the reason stated", () => {
    const nearest = defaultPeerGroup(as(159));
    expect(nearest.id).toBe("naermeste");
    expect(nearest.peers).toHaveLength(real.site.comparison.peerCount);
    for (const peer of nearest.peers) expect(SUBURBS.has(peer.code), peer.municipality).toBe(true);
    const names = nearest.peers.map((p) => p.municipality);
    expect(names).toEqual(expect.arrayContaining(["Gentofte", "Lyngby-Taarbæk", "Ballerup", "Rødovre"]));
    expect(names).not.toContain("Herning");
    expect(nearest.reason).toContain("ligner Gladsaxe mest på indbyggertal");
    expect(nearest.reason).toContain("kommunegruppe");
  });
  it("offers DST's kommunegruppe and the region, each with its members and reason", () => {
    expect(groups.map((g) => g.id)).toEqual(["naermeste", "kommunegruppe", "region"]);
    const kommunegruppe = groups[1];
    expect(kommunegruppe?.name).toBe("Hovedstadskommuner");
    // 24 Hovedstadskommuner, Gladsaxe itself not among its peers.
    expect(kommunegruppe?.peers).toHaveLength(23);
    expect(kommunegruppe?.peers.some((p) => p.code === 159)).toBe(false);
    expect(kommunegruppe?.reason).toContain("23 kommuner");
    const region = groups[2];
    expect(region?.name).toBe("Region Hovedstaden");
    expect(region?.peers).toHaveLength(28);
  });
  it("adds the site's own list, and uses it when it is the default", () => {
    const list = { name: "Nabokommuner", reason: "Vores nærmeste naboer.", municipalities: [161, 173, 157] };
    const data = as(159, { peerList: list, defaultPeerGroup: "valgt" });
    const chosen = defaultPeerGroup(data);
    expect(chosen).toMatchObject({
      id: "valgt",
      name: "Nabokommuner",
      reason: "Vores nærmeste naboer.",
      fixed: true,
    });
    expect(chosen.peers.map((p) => p.code).sort()).toEqual([157, 161, 173]);
    expect(peerGroups(data).map((g) => g.id)).toEqual(["naermeste", "kommunegruppe", "region", "valgt"]);
  });
  it("falls back to the nearest when the default group is not available", () => {
    expect(defaultPeerGroup(as(159, { defaultPeerGroup: "valgt" })).id).toBe("naermeste");
  });
});

describe("standardisedFeatures", () => {
  it("gives every column mean 0 and standard deviation 1 over the 98 municipalities", () => {
    const features = [...standardisedFeatures(real.municipalities).values()];
    expect(features).toHaveLength(98);
    // 3 numbers + 5 kommunegrupper + 5 regions.
    expect(features[0]).toHaveLength(13);
    for (let j = 0; j < 13; j++) {
      const column = features.map((f) => f[j] ?? 0);
      const mean = column.reduce((a, b) => a + b, 0) / column.length;
      const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / column.length;
      expect(mean).toBeCloseTo(0, 9);
      expect(variance).toBeCloseTo(1, 9);
    }
  });
});
