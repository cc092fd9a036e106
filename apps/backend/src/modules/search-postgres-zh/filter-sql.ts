import { jsonbPath, toWhereClause } from "@medusajs/search-postgres/dist/utils/filters"
import type { Plan } from "./sql-types"

const CONTAINMENT = `"indexed" @> ?::jsonb`

/**
 * Medusa's filters (toWhereClause) with each test of a string value read from its own field: `"indexed" @>
 * {"status":"published"}` becomes `indexed->>'status' = 'published'`, `"indexed" @> {"sales_channel_ids":["sc"]}`
 * becomes `jsonb_exists(indexed->'sales_channel_ids', 'sc')` (the `?` operator, by its function's name: `?` is a placeholder here). For searches with words only: there the filters are tested on every
 * matching row, and containment of the whole `indexed` (JsonbDeepContains) was 9 % of PostgreSQL's CPU over the
 * bench's mix (perf); the planner also tried each containment on the column's statistics while planning. Browsing
 * keeps the containments, which its `jsonb_path_ops` index answers. Numbers and booleans keep them too (`->>`
 * would compare 1990 and 1990.0 as different texts). A missing field counts as not matching, as in containment,
 * also under NOT ($ne, $nin).
 */
export function wordsWhereClause(filters: Parameters<typeof toWhereClause>[0], plan: Plan) {
  const where = toWhereClause(filters, plan)
  if (!where?.sql) return where
  const params: unknown[] = []
  let next = 0
  const sql = where.sql.replace(/"indexed" @> \?::jsonb|\?/g, (token) => {
    const value = where.params[next++]
    const narrowed = token === CONTAINMENT ? narrowContainment(value) : undefined
    if (!narrowed) return (params.push(value), token)
    params.push(narrowed.value)
    return narrowed.sql
  })
  return { sql, params }
}

/** A containment document (`{"a":{"b":leaf}}`) as a test of its one field, when its leaf is strings. */
function narrowContainment(param: unknown) {
  let doc: unknown = typeof param === "string" ? JSON.parse(param) : param
  const path: string[] = []
  while (doc && typeof doc === "object" && !Array.isArray(doc) && Object.keys(doc).length === 1) {
    const [key, value] = Object.entries(doc)[0]!
    path.push(key)
    doc = value
  }
  if (!path.length) return undefined
  const field = path.join(".")
  if (typeof doc === "string") return { sql: `COALESCE(${jsonbPath(field, true)} = ?, FALSE)`, value: doc }
  if (Array.isArray(doc) && doc.length === 1 && typeof doc[0] === "string")
    return { sql: `COALESCE(jsonb_exists(${jsonbPath(field)}, ?), FALSE)`, value: doc[0] }
  return undefined
}
