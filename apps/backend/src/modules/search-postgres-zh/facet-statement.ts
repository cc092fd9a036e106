import type { SearchTypes } from "@medusajs/framework/types"
import { jsonbPath } from "@medusajs/search-postgres/dist/utils/filters"
import type { FacetInput } from "./sql-types"

export type ValueRequest = { field: string; limit?: number }
export type FacetRow = { field: string | null; value: string; count: number }

/**
 * Value facets (and, when asked, the total) in one statement: the matching rows are read once into a
 * materialized CTE and counted per facet, where Medusa's provider runs one statement per facet.
 */
export function valueFacetsStatement(input: FacetInput, requests: ValueRequest[], withTotal: boolean) {
  const branches = facetBranches(input.plan, requests)
  if (withTotal) branches.push(`(SELECT NULL AS field, NULL AS value, COUNT(*)::int AS count FROM matched)`)
  const where = input.scopeWhere?.sql ? `WHERE ${input.scopeWhere.sql}` : ""
  return {
    sql: `WITH matched AS MATERIALIZED (SELECT "indexed" FROM "${input.table}" ${where}) ${branches.join(" UNION ALL ")}`,
    params: input.scopeWhere?.params ?? [],
  }
}

const quoted = (field: string) => `'${field.replace(/'/g, "''")}'`

/** How many values of a facet are answered (the request's limit, 10 by default, at most 1,000). */
export const facetLimit = (r: ValueRequest) => Math.max(1, Math.min(1000, Math.trunc(Number(r.limit ?? 10))))

/**
 * The statement parts counting value facets over the rows of `matched` (a CTE with `indexed`, or with each facet's
 * value in its own `column`; `source` may narrow it, e.g. "matched WHERE m1"), as (field, value, count) rows, every
 * value (readFacetRows keeps each facet's largest). The plain fields are counted in one pass,
 * one grouping set each, where one part per facet made PostgreSQL plan and scan the matches once per facet. An
 * array's elements are counted per distinct array (a few dozen certificate sets among 10,000 products):
 * jsonb_array_elements_text fills a tuplestore at every call, 2.5 µs a row when called for each product.
 */
export function facetBranches(
  plan: FacetInput["plan"],
  requests: ValueRequest[],
  source = "matched",
  column = (field: string, array: boolean) => jsonbPath(field, !array),
) {
  const fields = (array: boolean) => [
    ...new Set(requests.filter((r) => !!plan.fields.get(r.field)!.is_array === array).map((r) => r.field)),
  ]
  const branches = fields(true).map(
    (field) =>
      `(SELECT ${quoted(field)} AS field, value, SUM(a.n)::int AS count FROM (SELECT ${column(field, true)} AS arr, COUNT(*) AS n FROM ${source} GROUP BY 1) a, jsonb_array_elements_text(a.arr) AS value WHERE value IS NOT NULL GROUP BY value)`,
  )
  const plain = fields(false)
  if (plain.length) {
    const columns = plain.map((field, i) => `${column(field, false)} AS f${i}`).join(", ")
    const field = `CASE ${plain.map((f, i) => `WHEN GROUPING(f${i}) = 0 THEN ${quoted(f)}`).join(" ")} END`
    const value = `COALESCE(${plain.map((_, i) => `f${i}`).join(", ")})`
    const sets = plain.map((_, i) => `(f${i})`).join(", ")
    branches.unshift(
      `(SELECT ${field} AS field, ${value} AS value, COUNT(*)::int AS count FROM (SELECT ${columns} FROM ${source}) m GROUP BY GROUPING SETS (${sets}) HAVING ${value} IS NOT NULL)`,
    )
  }
  return branches
}

/** The statement's rows as the Search Module's facet results, largest count first (up to each limit), and the total. */
export function readFacetRows(rows: FacetRow[], requests: ValueRequest[]) {
  const facets: Record<string, SearchTypes.SearchFacetResult> = Object.fromEntries(
    requests.map((r) => [
      r.field,
      {
        type: "value" as const,
        values: rows
          .filter((row) => row.field === r.field)
          .map((row) => ({ value: String(row.value), count: Number(row.count) }))
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
          .slice(0, facetLimit(r)),
      },
    ]),
  )
  const total = rows.find((row) => row.field === null)
  return { facets, total: total ? Number(total.count) : undefined }
}
