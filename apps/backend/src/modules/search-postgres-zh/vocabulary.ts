import type { SearchTypes } from "@medusajs/framework/types"
import { readDocumentPath } from "@medusajs/framework/utils"
import { tableNameForIndex } from "@medusajs/search-postgres/dist/utils/plan"
import { splitWords } from "../../lib/search/han-terms"
import type { Manager } from "./sql-types"
import { corrections, latinTerms, type TypoRule } from "./typo-terms"

// The index's Latin words (English, pinyin), one table beside each document table, for typo corrections.
const CANDIDATE_SIMILARITY = 0.1
const TERMS_PER_INSERT = 500

export const termsTable = (table: string) => `${table}_terms`

export const createTermsTable = (manager: Manager, table: string) =>
  manager.execute(`CREATE TABLE IF NOT EXISTS "${termsTable(table)}" ("term" text PRIMARY KEY)`)

/** Adds the documents' words, sorted so two writers at once queue instead of deadlocking. */
export async function addTerms(
  manager: Manager,
  index: string,
  definition: SearchTypes.ResolvedSearchIndexDefinition,
  documents: SearchTypes.SearchDocument[],
) {
  const paths = searchablePaths(definition.fields)
  const terms = latinTerms(
    documents.flatMap((doc) => paths.flatMap((p) => readDocumentPath(doc, p.split(".")).map(String))),
  ).sort()
  for (let i = 0; i < terms.length; i += TERMS_PER_INSERT) {
    const chunk = terms.slice(i, i + TERMS_PER_INSERT)
    await manager.execute(
      `INSERT INTO "${termsTable(tableNameForIndex(index))}" ("term") VALUES ${chunk.map(() => "(?)").join(", ")} ON CONFLICT DO NOTHING`,
      chunk,
    )
  }
}

/** Latin query words the vocabulary lacks (whole, or as a prefix for the word being typed), with their corrections. */
export async function findCorrections(
  manager: Manager,
  input: SearchTypes.ProviderSearchQuery,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>()
  const options = input.search_options ?? {}
  const typo = input.index.settings.typo_tolerance
  if (!input.q?.trim() || !options.typo_tolerance || typo?.enabled === false) return found
  const rule: TypoRule = {
    oneTypo: typo?.min_word_size_for_one_typo ?? 4,
    twoTypos: typo?.min_word_size_for_two_typos ?? 8,
  }
  const words = splitWords(input.q)
  if (words.some((w) => w.han)) return found
  const table = termsTable(tableNameForIndex(input.index.physical_name))
  for (const [i, { text: word }] of words.entries()) {
    if (word.length < rule.oneTypo || !/^[a-z]+$/.test(word)) continue
    const typing = options.match_strategy === "last" && i === words.length - 1
    const known = typing
      ? await manager.execute(`SELECT 1 FROM "${table}" WHERE "term" >= ? AND "term" < ? LIMIT 1`, [
          word,
          `${word}\uffff`,
        ])
      : await manager.execute(`SELECT 1 FROM "${table}" WHERE "term" = ?`, [word])
    if (known.length) continue
    const candidates = await manager.execute(
      `SELECT "term" FROM "${table}" WHERE similarity("term", ?) > ? ORDER BY similarity("term", ?) DESC LIMIT 100`,
      [word, CANDIDATE_SIMILARITY, word],
    )
    const near = corrections(
      word,
      candidates.map((c: { term: string }) => c.term),
      rule,
    )
    if (near.length) found.set(word, near)
  }
  return found
}

function searchablePaths(fields: Record<string, SearchTypes.SearchFieldDefinition>, prefix = ""): string[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    if (field.type === "object" && field.fields) return searchablePaths(field.fields, path)
    return field.searchable && (field.type === "text" || field.type === "keyword") ? [path] : []
  })
}
