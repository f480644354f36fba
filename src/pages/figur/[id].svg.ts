import { getCollection } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import { contentFigures } from "../../charts/content-figures.ts";
import { figureSvgFile } from "../../charts/figure-image.ts";
import { allFigures } from "../../charts/site-figures.ts";
import type { ChartSpec } from "../../charts/spec.ts";
import { dataset } from "../../data/site-data.ts";

export const getStaticPaths = (async () => {
  const content = contentFigures(dataset, await getCollection("goals"), await getCollection("serviceLevels"));
  return [...allFigures(dataset), ...content].map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(figureSvgFile(props.spec), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
