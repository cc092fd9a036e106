import type { Manager } from "./sql-types"

// The words of each product's name, kind, cooperative and tags (weights A and B) as a tsvector of their own, with
// its own GIN index. "Does any product's name hold a word of the query?" is then answered by that index: on the
// full search_vector the planner cannot tell a name from a description (its statistics ignore weights) and scans
// the table, hundreds of milliseconds on 10,000 products. Filled from search_vector by ts_filter, so both always
// hold the same lexemes.
export const NAME_VECTOR = "name_vector"

const ready = new Set<string>()

/**
 * Adds the column and its index to a document table that lacks them (one built before them), filling it, once per
 * process; the catalog is read first, so a table that has it takes no lock.
 */
export async function ensureNameVector(manager: Manager, table: string) {
  if (ready.has(table)) return
  const [row] = await manager.execute(
    `SELECT 1 AS present FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?`,
    [table, NAME_VECTOR],
  )
  if (!row) {
    await manager.execute(`ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${NAME_VECTOR}" tsvector`)
    await manager.execute(`CREATE INDEX IF NOT EXISTS "${table}_name_idx" ON "${table}" USING gin ("${NAME_VECTOR}")`)
    await manager.execute(`UPDATE "${table}" SET "${NAME_VECTOR}" = ts_filter("search_vector", '{a,b}')`)
  }
  ready.add(table)
}

// Columns read for every matched row (the text match, rank, name tests, filters and facets) are kept in the row.
// PostgreSQL moves a row's largest values out to TOAST once the row passes ~2 kB, and search_vector (1.5 kB for a
// generated product) went first: ts_rank_cd then fetched it from the TOAST table row by row. Stored MAIN, they are
// compressed in the row before being moved out, and the document (read for 20 hits a page) leaves first.
export const INLINE_COLUMNS = ["search_vector", NAME_VECTOR, "indexed"]

/**
 * Keeps the per-row columns in the row for the rows written from now on (the migration rewrites older ones). The
 * catalog is read first: ALTER TABLE locks the table, and an index table made before is usually set already.
 */
export async function keepInline(manager: Manager, table: string) {
  const [row] = await manager.execute(
    `SELECT count(*)::int AS pending FROM pg_attribute WHERE attrelid = to_regclass(quote_ident(?)) AND attname IN (${INLINE_COLUMNS.map(() => "?").join(", ")}) AND attstorage <> 'm'`,
    [table, ...INLINE_COLUMNS],
  )
  if (row && Number(row.pending) === 0) return
  const columns = INLINE_COLUMNS.map((c) => `ALTER COLUMN "${c}" SET STORAGE MAIN`).join(", ")
  await manager.execute(`ALTER TABLE "${table}" ${columns}`)
}

/** Refreshes the name vectors of the given rows after their search_vector was written. */
export async function fillNameVector(manager: Manager, table: string, ids: string[]) {
  if (!ids.length) return
  await manager.execute(
    `UPDATE "${table}" SET "${NAME_VECTOR}" = ts_filter("search_vector", '{a,b}') WHERE "id" IN (${ids.map(() => "?").join(", ")})`,
    ids,
  )
}

/** Forgets a dropped table, so a table made again under the same name gets its column. */
export const forgetNameVector = (table: string) => ready.delete(table)
