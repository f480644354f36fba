import type { APIRoute, GetStaticPaths } from "astro";
import { dataset } from "../../data/site-data.ts";
import { type PublishedTable, publishedTables } from "../../publish/published-tables.ts";

export const getStaticPaths = (() =>
  publishedTables(dataset).map((table) => ({
    params: { table: table.id },
    props: { table },
  }))) satisfies GetStaticPaths;

/** Title, source, licence and column definitions of /data/<id>.csv, whose first line is its header. */
export const GET: APIRoute<{ table: PublishedTable }> = ({ props: { table } }) =>
  new Response(
    `${JSON.stringify(
      {
        title: table.title,
        description: table.description,
        source: table.source,
        licence: table.licence,
        dataAsOf: dataset.site.dataAsOf,
        csv: { file: `/data/${table.id}.csv`, delimiter: ",", decimal: ".", encoding: "UTF-8" },
        columns: table.columns.map((c) => ({ name: c.key, description: c.description })),
      },
      null,
      2,
    )}\n`,
    { headers: { "Content-Type": "application/json; charset=utf-8" } },
  );
