import { getCollection } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import { figureMetadata } from "../../charts/csv-download.ts";
import type { ChartSpec } from "../../charts/spec.ts";
import { dataset } from "../../data/site-data.ts";
import { downloadPaths } from "../../figures/content-figures.ts";

export const getStaticPaths = (async () =>
  downloadPaths(
    dataset,
    await getCollection("goals"),
    await getCollection("serviceLevels"),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(`${JSON.stringify(figureMetadata(props.spec), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
