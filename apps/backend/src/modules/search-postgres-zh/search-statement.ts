import { facetBranches, type FacetRow, type ValueRequest } from "./facet-statement"
import type { Plan } from "./sql-types"

export type StatementRow = FacetRow & {
  kind: "hit" | "facet" | "total"
  id: string | null
  document: unknown
  score: number | null
  n: number | null
}

type Parts = {
  table: string
  plan: Plan
  /** The rank and WHERE fragments, each pushing its placeholders' values in the order they appear. */
  rankSql: (params: unknown[]) => string
  whereSql: (params: unknown[]) => string
  /** ORDER BY over `score`, `"id"` and `indexed` (Medusa's resolveOrderBy). */
  orderSql: string
  take: number
  skip: number
  facets: ValueRequest[]
}

/**
 * A text search's page of hits, its value facets and its total in one statement: the matching rows are found and
 * ranked once, into a materialized CTE, and both the page and the counts read them there. Medusa's provider runs the
 * match twice (hits, then the facets' scope); its rechecks and filters were a third of a search's time. Only the
 * page's documents are read from the table (by primary key): the document is the row's largest value, kept in TOAST.
 */
export function searchStatement(p: Parts) {
  const params: unknown[] = []
  const rank = p.rankSql(params)
  const where = p.whereSql(params)
  params.push(p.take, p.skip)
  // The page is a bounded sort (top-N heapsort) of the matches; only its rows are numbered, to keep their order
  // through the join and the UNION. Ties by id, so pages do not overlap.
  const order = `${p.orderSql}, "id" ASC`
  const none = `NULL::text AS id, NULL::jsonb AS document, NULL::float8 AS score, NULL::int AS n`
  const facets = facetBranches(p.plan, p.facets).map((b) => `(SELECT 'facet' AS kind, ${none}, f.* FROM ${b} f)`)
  const sql = `WITH matched AS MATERIALIZED (SELECT "id", "indexed", ${rank} AS score FROM "${p.table}" WHERE ${where})
    (SELECT 'hit' AS kind, page."id", doc."document", page.score::float8, page.n::int, NULL::text AS field, NULL::text AS value, NULL::int AS count
       FROM (SELECT "id", score, row_number() OVER (ORDER BY ${order}) AS n
               FROM (SELECT "id", "indexed", score FROM matched ORDER BY ${order} LIMIT ? OFFSET ?) top) page
       JOIN "${p.table}" doc ON doc."id" = page."id")
    ${facets.map((f) => `UNION ALL ${f}`).join("\n    ")}
    UNION ALL (SELECT 'total' AS kind, ${none}, NULL AS field, NULL AS value, COUNT(*)::int AS count FROM matched)`
  return { sql, params }
}

/** The statement's rows: the page's hits in order, the facet rows, the total. */
export function readStatementRows(rows: StatementRow[]) {
  const hits = rows.filter((r) => r.kind === "hit").sort((a, b) => Number(a.n) - Number(b.n))
  const facetRows = rows.filter((r) => r.kind === "facet")
  const total = Number(rows.find((r) => r.kind === "total")?.count ?? 0)
  return { hits, facetRows, total }
}
