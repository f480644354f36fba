import { getCollection } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import type { ChartSpec } from "../../charts/spec.ts";
import { dataset } from "../../data/site-data.ts";
import { downloadPaths } from "../../figures/content-figures.ts";
import { figureSvgFile } from "../../publish/figure-image.ts";

export const getStaticPaths = (async () =>
  downloadPaths(
    dataset,
    await getCollection("goals"),
    await getCollection("serviceLevels"),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(figureSvgFile(props.spec), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
