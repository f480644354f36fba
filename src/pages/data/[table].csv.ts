import type { APIRoute, GetStaticPaths } from "astro";
import { toCsvText } from "../../data/csv-text.ts";
import { dataset } from "../../data/site-data.ts";
import { type PublishedTable, publishedTables } from "../../publish/published-tables.ts";

export const getStaticPaths = (() =>
  publishedTables(dataset).map((table) => ({
    params: { table: table.id },
    props: { table },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: PublishedTable }> = ({ props: { table } }) =>
  new Response(
    toCsvText(
      table.columns.map((c) => c.key),
      table.rows,
    ),
    { headers: { "Content-Type": "text/csv; charset=utf-8" } },
  );
