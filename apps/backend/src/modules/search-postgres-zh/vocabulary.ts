import type { SearchTypes } from "@medusajs/framework/types"
import { readDocumentPath } from "@medusajs/framework/utils"
import { tableNameForIndex } from "@medusajs/search-postgres/dist/utils/plan"
import { splitWords } from "../../lib/search/han-terms"
import type { Manager } from "./sql-types"
import { hanTerms, respellRun, windowPinyin, type HanTerm } from "./han-typos"
import { corrections, latinTerms, type TypoRule } from "./typo-terms"

// The index's Latin words (English, pinyin), one table beside each document table, for typo corrections.
const CANDIDATE_SIMILARITY = 0.1
const TERMS_PER_INSERT = 500

export const termsTable = (table: string) => `${table}_terms`

export const hanTable = (table: string) => `${table}_han`

export async function createTermsTable(manager: Manager, table: string) {
  await manager.execute(`CREATE TABLE IF NOT EXISTS "${termsTable(table)}" ("term" text PRIMARY KEY)`)
  await createHanTable(manager, table)
}

// Indexes built before the Chinese vocabulary existed get its table on their next write.
const hanTablesMade = new Set<string>()

async function createHanTable(manager: Manager, table: string) {
  const han = hanTable(table)
  await manager.execute(
    `CREATE TABLE IF NOT EXISTS "${han}" ("term" text PRIMARY KEY, "pinyin" text NOT NULL, "name" boolean NOT NULL)`,
  )
  await manager.execute(`CREATE INDEX IF NOT EXISTS "${han}_pinyin" ON "${han}" ("pinyin")`)
  hanTablesMade.add(han)
}

/** Adds the documents' words, sorted so two writers at once queue instead of deadlocking. */
export async function addTerms(
  manager: Manager,
  index: string,
  definition: SearchTypes.ResolvedSearchIndexDefinition,
  documents: SearchTypes.SearchDocument[],
) {
  const paths = searchablePaths(definition.fields)
  const texts = (name: boolean) =>
    documents.flatMap((doc) =>
      paths.filter((p) => p.name === name).flatMap((p) => readDocumentPath(doc, p.path.split(".")).map(String)),
    )
  const terms = latinTerms([...texts(true), ...texts(false)]).sort()
  for (let i = 0; i < terms.length; i += TERMS_PER_INSERT) {
    const chunk = terms.slice(i, i + TERMS_PER_INSERT)
    await manager.execute(
      `INSERT INTO "${termsTable(tableNameForIndex(index))}" ("term") VALUES ${chunk.map(() => "(?)").join(", ")} ON CONFLICT DO NOTHING`,
      chunk,
    )
  }
  await addHanTerms(manager, tableNameForIndex(index), [...texts(true), ...texts(false)], texts(true).length)
}

/** The Chinese words of the texts (the first `names` of them names), a word once seen in a name marked so. */
async function addHanTerms(manager: Manager, table: string, texts: string[], names: number) {
  if (!hanTablesMade.has(hanTable(table))) await createHanTable(manager, table)
  const words = new Map<string, HanTerm>()
  texts.forEach((text, i) => {
    for (const t of hanTerms(text, i < names)) {
      const seen = words.get(t.term)
      if (!seen || (!seen.name && t.name)) words.set(t.term, t)
    }
  })
  const sorted = [...words.values()].sort((a, b) => (a.term < b.term ? -1 : 1))
  for (let i = 0; i < sorted.length; i += TERMS_PER_INSERT) {
    const chunk = sorted.slice(i, i + TERMS_PER_INSERT)
    await manager.execute(
      `INSERT INTO "${hanTable(table)}" ("term", "pinyin", "name") VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")}
       ON CONFLICT ("term") DO UPDATE SET "name" = "${hanTable(table)}"."name" OR EXCLUDED."name"`,
      chunk.flatMap((t) => [t.term, t.pinyin, t.name]),
    )
  }
}

/**
 * Query runs respelled by sound (羊度菌 → 羊肚菌): one look-up of the run's words by primary key, and only when a
 * pair is unknown, one by pinyin on its index. Runs whose pairs are all known cost the first look-up alone.
 */
export async function findHanRespellings(
  manager: Manager,
  table: string,
  q: string,
  learnt?: Set<string>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const runs = [
    ...new Set(
      splitWords(q)
        .filter((w) => w.han && [...w.text].length >= 2)
        .map((w) => w.text),
    ),
  ]
  if (!runs.length) return found
  const windows = runs.map((run) => ({ run, windows: windowPinyin(run) }))
  const texts = [...new Set(windows.flatMap((w) => w.windows.map((x) => x.text)))]
  const han = hanTable(table)
  const knownRows: { term: string }[] = learnt
    ? [...learnt].map((term) => ({ term }))
    : await manager.execute(`SELECT "term" FROM "${han}" WHERE "term" IN (${texts.map(() => "?").join(", ")})`, texts)
  const known = new Set(knownRows.map((r) => r.term))
  const lacking = windows.filter((w) => w.windows.some((x) => [...x.text].length === 2 && !known.has(x.text)))
  if (!lacking.length) return found
  const sounds = [...new Set(lacking.flatMap((w) => w.windows.map((x) => x.pinyin)))]
  const rows: { term: string; pinyin: string; name: boolean }[] = await manager.execute(
    `SELECT "term", "pinyin", "name" FROM "${han}" WHERE "pinyin" IN (${sounds.map(() => "?").join(", ")}) LIMIT 200`,
    sounds,
  )
  const bySound = new Map<string, { term: string; name: boolean }[]>()
  for (const r of rows) bySound.set(r.pinyin, [...(bySound.get(r.pinyin) ?? []), r])
  for (const { run } of lacking) {
    const respelled = respellRun(run, known, bySound)
    if (respelled) found.set(run, respelled)
  }
  return found
}

/** What a search's statement learnt of its words (knownWordsSql): the known Chinese words, each checked Latin word. */
export type KnownWords = { han: Set<string>; latin: Map<number, boolean>; near: Map<number, string[]> }

/**
 * The look-ups findCorrections and findHanRespellings start with, as one CTE body: the known words among the
 * query's Chinese windows, whether each Latin word they would correct is known (a prefix of one, for the word being
 * typed) and, for one that is not, the vocabulary's words that look like it; `ok` when neither would correct
 * anything (every pair known, every Latin word known). Null when they would look nothing up. A search asks it in
 * its own statement first and looks its words up apart only when `ok` fails, from what the statement learnt
 * (service.ts): a query without typos is one round trip, one with a Latin typo two.
 */
export function knownWordsSql(input: SearchTypes.ProviderSearchQuery) {
  const options = input.search_options ?? {}
  const typo = input.index.settings.typo_tolerance
  if (!input.q?.trim() || !options.typo_tolerance || typo?.enabled === false) return null
  const table = tableNameForIndex(input.index.physical_name)
  const words = splitWords(input.q)
  const windows = [
    ...new Set(
      words.filter((w) => w.han && [...w.text].length >= 2).flatMap((w) => windowPinyin(w.text).map((x) => x.text)),
    ),
  ]
  const pairs = windows.filter((w) => [...w].length === 2)
  const oneTypo = typo?.min_word_size_for_one_typo ?? 4
  const latin = words.some((w) => w.han)
    ? []
    : [...words.entries()].filter(([, { text }]) => text.length >= oneTypo && /^[a-z]+$/.test(text))
  if (!pairs.length && !latin.length) return null
  // Placeholders are pushed in the order they appear in the text: `ok` first, then the subquery's lists.
  const params: unknown[] = []
  const list = (xs: string[]) => (params.push(...xs), xs.map(() => "?").join(", "))
  const needed = pairs.length ? `v.han @> ARRAY[${list(pairs)}]::text[]` : "TRUE"
  const han = windows.length
    ? `ARRAY(SELECT "term" FROM "${hanTable(table)}" WHERE "term" IN (${list(windows)}))`
    : `ARRAY[]::text[]`
  const exists = ([i, { text }]: (typeof latin)[number]) =>
    options.match_strategy === "last" && i === words.length - 1
      ? `EXISTS (SELECT 1 FROM "${termsTable(table)}" WHERE "term" >= ${list([text])} AND "term" < ${list([`${text}\uffff`])})`
      : `EXISTS (SELECT 1 FROM "${termsTable(table)}" WHERE "term" = ${list([text])})`
  const checks = latin.map(exists)
  // An unknown word's candidates, as findCorrections would read them (the similarity runs only for such a word).
  // OFFSET 0 keeps the subquery v, so its look-ups run once, not again where `ok` names them.
  const near = latin.map(
    (word) =>
      `CASE WHEN ${exists(word)} THEN NULL ELSE to_jsonb(ARRAY(${similarTermsSql(termsTable(table), list([word[1].text]), list([word[1].text]))})) END`,
  )
  const sql = `SELECT v.han, v.latin, v.near, ${needed} AND TRUE = ALL(v.latin) AS ok FROM (SELECT ${han} AS han, ARRAY[${checks.join(", ")}]::boolean[] AS latin, jsonb_build_array(${near.join(", ")}) AS near OFFSET 0) v`
  return { sql, params, latin: latin.map(([i]) => i) }
}

/** The statement's answer to knownWordsSql (its `han`, `latin` and `near` columns) as KnownWords. */
export function readKnownWords(
  known: { latin: number[] },
  row: { han?: string[]; latin?: boolean[]; near?: (string[] | null)[] },
): KnownWords {
  return {
    han: new Set(row.han ?? []),
    latin: new Map(known.latin.map((position, i) => [position, !!row.latin?.[i]])),
    near: new Map(known.latin.flatMap((position, i) => (row.near?.[i] ? [[position, row.near[i]!]] : []))),
  }
}

/** The vocabulary's words that look like a word (trigram similarity), closest first: the candidates to correct to. */
const similarTermsSql = (table: string, word: string, again: string) =>
  `SELECT "term" FROM "${table}" WHERE similarity("term", ${word}) > ${CANDIDATE_SIMILARITY} ORDER BY similarity("term", ${again}) DESC LIMIT 100`

/** Latin query words the vocabulary lacks (whole, or as a prefix for the word being typed), with their corrections. */
export async function findCorrections(
  manager: Manager,
  input: SearchTypes.ProviderSearchQuery,
  learnt?: Pick<KnownWords, "latin" | "near">,
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
    // Known already when the search's own statement learnt it (knownWordsSql).
    if (learnt?.latin.has(i) ? learnt.latin.get(i) : await isKnown(manager, table, word, typing)) continue
    const candidates: { term: string }[] =
      learnt?.near.get(i)?.map((term) => ({ term })) ??
      (await manager.execute(similarTermsSql(table, "?", "?"), [word, word]))
    const near = corrections(
      word,
      candidates.map((c: { term: string }) => c.term),
      rule,
    )
    if (near.length) found.set(word, near)
  }
  return found
}

/** Whether the vocabulary holds the word (or, while it is being typed, a word it begins). */
async function isKnown(manager: Manager, table: string, word: string, typing: boolean) {
  const rows = typing
    ? await manager.execute(`SELECT 1 FROM "${table}" WHERE "term" >= ? AND "term" < ? LIMIT 1`, [
        word,
        `${word}\uffff`,
      ])
    : await manager.execute(`SELECT 1 FROM "${table}" WHERE "term" = ?`, [word])
  return rows.length > 0
}

/** Searchable fields; `name` for the weighted ones (a product's name, its kind, who grows it). */
function searchablePaths(
  fields: Record<string, SearchTypes.SearchFieldDefinition>,
  prefix = "",
): { path: string; name: boolean }[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key
    if (field.type === "object" && field.fields) return searchablePaths(field.fields, path)
    if (!field.searchable || (field.type !== "text" && field.type !== "keyword")) return []
    const weight = typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1
    return [{ path, name: weight >= 2 }]
  })
}
