import { getCollection } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import type { ChartSpec } from "../../charts/spec.ts";
import { dataset, publicOnly } from "../../data/site-data.ts";
import { contentFigures } from "../../figures/content-figures.ts";
import { allFigures } from "../../figures/site-figures.ts";
import { figurePng } from "../../publish/figure-image.ts";

export const getStaticPaths = (async () => {
  // A build from public data alone publishes no figures made from the municipality's own content.
  const content = publicOnly
    ? []
    : contentFigures(dataset, await getCollection("goals"), await getCollection("serviceLevels"));
  return [...allFigures(dataset), ...content].map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartSpec }> = async ({ props }) =>
  new Response(new Uint8Array(await figurePng(props.spec)), { headers: { "Content-Type": "image/png" } });
