import type { SearchTypes } from "@medusajs/framework/types"
import { NAME_VECTOR } from "./name-vector"

type Weighted = { text: string; weight: "A" | "B" | "C" | "D" }

export type UpsertRow = {
  id: string
  document: SearchTypes.SearchDocument
  /** The document's filter, facet and sort values (its `indexed` already slimmed: slimIndexed). */
  indexed: Record<string, unknown>
  weighted: Weighted[]
  searchText: string
}

/**
 * The fields `indexed` need not keep: all but what filters, facets and sorting read (and the keys). The base
 * provider stores every field there; with texts and pinyin it grows past what PostgreSQL keeps uncompressed, and
 * each facet count then decompressed it row by row.
 */
export function droppedFields(definition: SearchTypes.ResolvedSearchIndexDefinition) {
  const keep = new Set([definition.primary_key, definition.settings.distinct_attribute].filter(Boolean))
  return Object.entries(definition.fields)
    .filter(([name, f]) => !keep.has(name) && !f.filterable && !f.sortable && !f.facetable && f.type !== "object")
    .map(([name]) => name)
}

/** A document's `indexed` without the dropped fields (top-level keys, as `jsonb - text[]` removes them). */
export function slimIndexed(indexed: Record<string, unknown>, dropped: string[]) {
  const slim = { ...indexed }
  for (const name of dropped) delete slim[name]
  return slim
}

/**
 * Writes documents in one statement, each row once: its slim `indexed` and its name vector (the A and B lexemes of
 * its search_vector, name-vector.ts) go in with it. Written by Medusa's upsert and then updated twice (slimmed,
 * name vector filled), every product left two dead versions behind at each indexing: the bench's 10,000 products
 * sat on 9,163 heap pages instead of 3,334. `vectorSql` is the provider's search_vector expression of the row's
 * weighted texts, pushing their values.
 */
export function upsertStatement(
  table: string,
  rows: UpsertRow[],
  vectorSql: (parts: Weighted[], params: unknown[]) => string,
) {
  const params: unknown[] = []
  const values = rows.map((row) => {
    params.push(row.id, JSON.stringify(row.document), JSON.stringify(row.indexed))
    const vector = vectorSql(row.weighted, params)
    params.push(row.searchText)
    return `(?, ?::jsonb, ?::jsonb, ${vector}, ?)`
  })
  const sql = `INSERT INTO "${table}" ("id", "document", "indexed", "search_vector", "${NAME_VECTOR}", "search_text", "updated_at")
    SELECT v.id, v.document, v.indexed, v.search_vector, ts_filter(v.search_vector, '{a,b}'), v.search_text, now()
      FROM (VALUES ${values.join(",\n      ")}) AS v (id, document, indexed, search_vector, search_text)
    ON CONFLICT ("id") DO UPDATE SET
      "document" = EXCLUDED."document",
      "indexed" = EXCLUDED."indexed",
      "search_vector" = EXCLUDED."search_vector",
      "${NAME_VECTOR}" = EXCLUDED."${NAME_VECTOR}",
      "search_text" = EXCLUDED."search_text",
      "updated_at" = now()
    RETURNING (xmax = 0)::int AS inserted`
  return { sql, params }
}
