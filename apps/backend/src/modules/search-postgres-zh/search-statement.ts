import { jsonbPath } from "@medusajs/search-postgres/dist/utils/filters"
import { facetBranches, type FacetRow, type ValueRequest } from "./facet-statement"
import type { Plan } from "./sql-types"

export type StatementRow = FacetRow & {
  kind: "hit" | "facet" | "total" | "vocab"
  /** Which search of the statement the row answers: 0 the page's, 1… the facet-only ones (groupStatement). */
  member: number
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
  /** Whether the page's search counts its total (false when the total and facets are known already). */
  total?: boolean
  /** What the index's vocabulary holds of the words (knownWordsSql): the statement matches nothing unless `ok`. */
  known?: { sql: string; params: unknown[] } | null
}

export type Member = {
  /** Whether a matching row belongs to this search (its own filters and name scope), pushing its placeholders. */
  sql: (params: unknown[]) => string
  facets: ValueRequest[]
}

const NONE = `NULL::text AS id, NULL::jsonb AS document, NULL::float8 AS score, NULL::int AS n`

/**
 * The vocabulary's answer as a CTE asked once, the gate on the matches, and a row with the answer, so a search with
 * typos learns it from the same round trip and runs again with its corrections.
 */
function knownParts(p: Parts, params: unknown[]) {
  if (!p.known) return { cte: "", gate: "", row: [] }
  params.push(...p.known.params)
  return {
    cte: `vocab AS MATERIALIZED (${p.known.sql}), `,
    gate: ` AND (SELECT ok FROM vocab)`,
    row: [
      `(SELECT 'vocab' AS kind, 0 AS member, NULL::text AS id, jsonb_build_object('han', han, 'latin', latin, 'near', near) AS document, NULL::float8 AS score, NULL::int AS n, NULL AS field, NULL AS value, ok::int AS count FROM vocab)`,
    ],
  }
}

type MatchedColumns = ReturnType<typeof matchedColumns>

/**
 * What `matched` keeps of each row besides its id and score: each counted facet's value in a column of its own, and
 * `indexed` only when the order reads it (a sort by a field). The whole `indexed` (~360 bytes a product) was copied
 * into the CTE and through the page's sort for every match; memory that PostgreSQL asks anew of the system at each
 * statement, page by page (黑龙江, 2,000 matches: 13.3 → 10.3 ms of CPU).
 */
function matchedColumns(p: Parts, facets: ValueRequest[]) {
  const fields = [...new Set(facets.map((f) => f.field))]
  const alias = new Map(fields.map((field, i) => [field, `v${i}`]))
  const indexed = p.orderSql.includes("indexed")
  return {
    select: [
      ...fields.map((field) => `${jsonbPath(field, !p.plan.fields.get(field)!.is_array)} AS ${alias.get(field)}`),
      ...(indexed ? [`"indexed"`] : []),
    ]
      .map((c) => `${c}, `)
      .join(""),
    order: indexed ? `"indexed", ` : "",
    of: (field: string) => alias.get(field)!,
  }
}

/**
 * The rest of the statement over `matched`, for one search's rows (`source`): its page, numbered, with the
 * documents read by primary key; its facets; its total. The page is a bounded sort (top-N heapsort) of the
 * matches; only its rows are numbered, to keep their order through the join and the UNION. Ties by id, so pages
 * do not overlap.
 */
function answerBranches(p: Parts, columns: MatchedColumns, source: string, member: number, page: boolean) {
  const order = `${p.orderSql}, "id" ASC`
  const hits = `(SELECT 'hit' AS kind, ${member} AS member, page."id", doc."document", page.score::float8, page.n::int, NULL::text AS field, NULL::text AS value, NULL::int AS count
       FROM (SELECT "id", score, row_number() OVER (ORDER BY ${order}) AS n
               FROM (SELECT "id", ${columns.order}score FROM ${source} ORDER BY ${order} LIMIT ? OFFSET ?) top) page
       JOIN "${p.table}" doc ON doc."id" = page."id")`
  const facets = facetBranches(p.plan, p.facets, source, columns.of).map(
    (b) => `(SELECT 'facet' AS kind, ${member} AS member, ${NONE}, f.* FROM ${b} f)`,
  )
  const total = `(SELECT 'total' AS kind, ${member} AS member, ${NONE}, NULL AS field, NULL AS value, COUNT(*)::int AS count FROM ${source})`
  return [...(page ? [hits] : []), ...facets, ...(page && p.total !== false ? [total] : [])]
}

/**
 * A text search's page of hits, its value facets and its total in one statement: the matching rows are found and
 * ranked once, into a materialized CTE, and both the page and the counts read them there. Medusa's provider runs the
 * match twice (hits, then the facets' scope); its rechecks and filters were a third of a search's time. Only the
 * page's documents are read from the table (by primary key): the document is the row's largest value, kept in TOAST.
 */
export function searchStatement(p: Parts) {
  const params: unknown[] = []
  const known = knownParts(p, params)
  const columns = matchedColumns(p, p.facets)
  const rank = p.rankSql(params)
  const where = p.whereSql(params)
  params.push(p.take, p.skip)
  const sql = `WITH ${known.cte}matched AS MATERIALIZED (SELECT "id", ${columns.select}${rank} AS score FROM "${p.table}" WHERE ${where}${known.gate})
    ${[...answerBranches(p, columns, "matched", 0, true), ...known.row].join("\n    UNION ALL ")}`
  return { sql, params }
}

/**
 * A page's search and the facet-only searches that differ from it by dropping a chosen facet's filter (Medusa's
 * disjunctive facets: the route's count of the other categories beside the one picked), in one statement. The rows
 * any of them selects are found once (`whereSql`: the words and the filters they share), each marked with the
 * searches that select it (m0 the page's, m1… the others', `Member.sql`), ranked only where the page's search
 * selects it, and each search's facets counted over its own rows. Run apart, each facet-only search matched the
 * words again.
 */
export function groupStatement(p: Parts & { page: Member["sql"]; others: Member[] }) {
  const params: unknown[] = []
  const known = knownParts(p, params)
  const marks = [p.page, ...p.others.map((o) => o.sql)].map((_, i) => `m${i}`)
  const columns = matchedColumns(p, [...p.facets, ...p.others.flatMap((o) => o.facets)])
  const rank = p.rankSql(params)
  const members = [p.page, ...p.others.map((o) => o.sql)].map((sql, i) => `${sql(params)} AS m${i}`)
  const where = p.whereSql(params)
  params.push(p.take, p.skip)
  // OFFSET 0 keeps the subquery: its marks are computed once a row, not again wherever the outer query names them.
  const sql = `WITH ${known.cte}matched AS MATERIALIZED (SELECT "id", ${columns.select}CASE WHEN m0 THEN ${rank} END AS score, ${marks.join(", ")}
      FROM (SELECT "id", "indexed", "search_vector", "name_vector", ${members.join(", ")} FROM "${p.table}" WHERE ${where}${known.gate} OFFSET 0) s
      WHERE ${marks.join(" OR ")})
    ${[
      ...answerBranches(p, columns, "matched WHERE m0", 0, true),
      ...p.others.flatMap((o, i) =>
        answerBranches({ ...p, facets: o.facets }, columns, `matched WHERE m${i + 1}`, i + 1, false),
      ),
      ...known.row,
    ].join("\n    UNION ALL ")}`
  return { sql, params }
}

/**
 * The statement's rows for one of its searches: the page's hits in order, the facet rows, the total; and whether the
 * vocabulary condition held (undefined when it was not asked).
 */
export function readStatementRows(rows: StatementRow[], member = 0) {
  const mine = rows.filter((r) => Number(r.member) === member)
  const hits = mine.filter((r) => r.kind === "hit").sort((a, b) => Number(a.n) - Number(b.n))
  const facetRows = mine.filter((r) => r.kind === "facet")
  const total = Number(mine.find((r) => r.kind === "total")?.count ?? 0)
  const vocab = rows.find((r) => r.kind === "vocab")
  const words = (typeof vocab?.document === "string" ? JSON.parse(vocab.document) : vocab?.document) as
    { han?: string[]; latin?: boolean[] } | undefined
  return { hits, facetRows, total, known: vocab ? Number(vocab.count) === 1 : undefined, words }
}
