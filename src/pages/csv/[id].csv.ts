import type { APIRoute, GetStaticPaths } from "astro";
import { figureCsv } from "../../charts/csv-download.ts";
import { allFigures } from "../../charts/site-figures.ts";
import type { ChartSpec } from "../../charts/spec.ts";
import { dataset } from "../../data/site-data.ts";

export const getStaticPaths = (() =>
  allFigures(dataset).map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props }) =>
  new Response(figureCsv(props.spec), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
