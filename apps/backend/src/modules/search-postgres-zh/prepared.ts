import { createHash } from "node:crypto"
import type { Manager } from "./sql-types"

/** What a Medusa manager (MikroORM's SqlEntityManager) offers beside execute: its knex, whose raw query takes pg options. */
type Raw = { options: (options: { name: string }) => PromiseLike<{ rows: unknown[] }> }
export type KnexManager = Manager & { getKnex?: () => { raw: (sql: string, params: unknown[]) => Raw } }

// Statement texts given a name in this process. Each name is prepared once per pooled connection and keeps its plan
// there (~0.3-0.4 MB of the backend's memory for a search's statement), so the count is bounded: a text seen after
// that runs unnamed, planned each time, as before. 13 kinds of search (typos, respellings, chosen facets, pages) use 18.
const MAX_NAMED = 32
const names = new Map<string, string>()

/** The prepared statement's name for a text (the same text, the same name), or undefined once MAX_NAMED are given. */
export function statementName(sql: string): string | undefined {
  const known = names.get(sql)
  if (known || names.size >= MAX_NAMED) return known
  const name = `fengshou_search_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`
  names.set(sql, name)
  return name
}

/**
 * A search statement as a named prepared statement on a connection of the manager's own pool (knex acquires and
 * releases it, on error too): PostgreSQL parses, analyzes and plans a text once per connection instead of at every
 * search (~19 % of its CPU per search, BENCHMARKS.md). Values travel apart from the text, so the statement's text
 * is the same for every query of one shape (the number of words and filters), and its plan is PostgreSQL's generic
 * one after five runs when that costs no more than planning. The search statements are written for that plan: each
 * tsquery is an uncorrelated subquery, computed once per statement, not per row. A manager without knex (the
 * bench's, a test's) or a value knex cannot bind (undefined) takes the manager's own path.
 */
export async function executePrepared<T>(manager: KnexManager, sql: string, params: unknown[]): Promise<T[]> {
  const knex = manager.getKnex?.()
  const name = knex && !params.includes(undefined) ? statementName(sql) : undefined
  if (!knex || !name) return (await manager.execute(sql, params)) as T[]
  return (await knex.raw(sql, params).options({ name })).rows as T[]
}
