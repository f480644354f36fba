import type { Dataset } from "./load/dataset.ts";

/**
 * The site sections that need the municipality's own tables. A build from public data alone
 * (npm run build -- --municipality N) leaves them out: no menu entry, no page, no download.
 */
export const OWN_DATA_SECTIONS = [
  "maal",
  "moeder",
  "omraader",
  "indsatstrappe",
  "serviceniveau",
  "datakvalitet",
];

/**
 * The dataset as the public site of another municipality sees it: that municipality is home, the
 * figures are real public ones (not demo data), and its name, source and contact are its own. The
 * municipality's own tables are not published by such a build (see OWN_DATA_SECTIONS).
 */
export function asPublicSite(data: Dataset, code: number): Dataset {
  const home = data.municipalities.find((m) => m.code === code);
  if (!home)
    throw new Error(`--municipality ${code}: not a municipality code in reference/municipalities.csv`);
  const { contact: _contact, ...site } = data.site;
  return {
    ...data,
    publicOnly: true,
    site: {
      ...site,
      municipalityCode: code,
      demoData: false,
      theme: { ...site.theme, name: `Udvalgsbrief ${home.municipality}` },
      source: "Danmarks Statistik",
      // A list chosen for another municipality is not this one's.
      comparison: {
        ...site.comparison,
        peerList: undefined,
        defaultPeerGroup:
          site.comparison.defaultPeerGroup === "valgt" ? "naermeste" : site.comparison.defaultPeerGroup,
      },
    },
  };
}
