import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveBuildOptions } from "../../src/build-options.ts";
import { loadDataset } from "../../src/data/load/dataset.ts";
import { asPublicSite, OWN_DATA_SECTIONS } from "../../src/data/public-only.ts";
import { defaultPeerGroup } from "../../src/data/transform/peer-groups.ts";
import { demoDataWith } from "../fixtures/data-folder.ts";

const data = loadDataset("data", demoDataWith());

describe("a site from public data alone", () => {
  it("reads the municipality from the environment, and refuses a code that is not one", () => {
    const municipality = (env: Record<string, string>, flag?: string) =>
      resolveBuildOptions(env, { municipality: flag }).municipality;
    expect(municipality({})).toBeUndefined();
    expect(municipality({ UDVALGSBRIEF_MUNICIPALITY: "" })).toBeUndefined();
    expect(municipality({ UDVALGSBRIEF_MUNICIPALITY: "159" })).toBe(159);
    expect(municipality({}, "101")).toBe(101);
    expect(resolveBuildOptions({}, { municipality: "159" }).outDir).toBe("dist-kommune-159");
    expect(() => municipality({ UDVALGSBRIEF_MUNICIPALITY: "Gladsaxe" })).toThrow(
      'UDVALGSBRIEF_MUNICIPALITY: expected a 3-digit municipality code (e.g. 159); found "Gladsaxe"',
    );
  });
  it("makes that municipality home, with real figures, its own name and no one else's contact or list", () => {
    const list = { name: "Kolding's naboer", reason: "x", municipalities: [630] };
    const kolding = {
      ...data,
      site: {
        ...data.site,
        comparison: { ...data.site.comparison, peerList: list, defaultPeerGroup: "valgt" as const },
      },
    };
    const gladsaxe = asPublicSite(kolding, 159);
    expect(gladsaxe.site.municipalityCode).toBe(159);
    expect(gladsaxe.site.demoData).toBe(false);
    expect(gladsaxe.publicOnly).toBe(true);
    expect(kolding.publicOnly).toBeUndefined();
    expect(gladsaxe.site.theme.name).toBe("Udvalgsbrief Gladsaxe");
    expect(gladsaxe.site.contact).toBeUndefined();
    expect(gladsaxe.site.comparison.peerList).toBeUndefined();
    const peers = defaultPeerGroup(gladsaxe);
    expect(peers.id).toBe("naermeste");
    expect(peers.peers.map((p) => p.municipality)).toContain("Gentofte");
    expect(peers.reason).toContain("Gladsaxe");
  });
  it("refuses a code that is not in the reference table", () => {
    expect(() => asPublicSite(data, 411)).toThrow("--municipality 411");
  });
  it("names sections that exist as page folders, and never the public ones", () => {
    const folders = readdirSync(join(import.meta.dirname, "../../src/pages"));
    for (const section of OWN_DATA_SECTIONS) expect(folders, section).toContain(section);
    for (const open of ["sammenlign", "offentlig", "data", "om", "sog"])
      expect(OWN_DATA_SECTIONS).not.toContain(open);
  });
});
