import type { SearchTypes } from "@medusajs/framework/types"
import { hanPairs, splitQuery, splitWords } from "../../lib/search/han-terms"

export const TEXT_MATCH = `"search_vector" @@`

export type TextQueryOptions = {
  /** Latin words corrected for typos → their corrections. */
  fixes?: Map<string, string[]>
  /** Han runs respelled by sound → the respelling. */
  respellings?: Map<string, string>
  synonyms?: Record<string, string[]>
}

/**
 * A Han pair needs no prefix while typing: every Han run in the index comes with its pairs (han-terms.ts), so any
 * word that starts with the pair sits beside the pair itself. As a prefix, the text index scans its word list for
 * them (黑龙江, 2,000 matches: 3.1 ms instead of 1.5). A single character still is one (枣 → 小枣).
 */
const isHanPair = (operand: string) => /^\p{Script=Han}{2}$/u.test(operand)

/** A Han run and what else may stand for it: its synonyms, its respelling by sound and the respelling's synonyms. */
function spellingsOf(run: string, { synonyms = {}, respellings }: TextQueryOptions): string[] {
  const respelled = respellings?.get(run)
  const all = [run, ...(synonyms[run] ?? []), ...(respelled ? [respelled, ...(synonyms[respelled] ?? [])] : [])]
  return [...new Set(all)]
}

/**
 * Every operand of a query (each Han pair of each spelling, each Latin word and its corrections) ORed, each held
 * to the given weights: `A` asks "does any word of the query hit this product's name?"; no weights ("") ask it of
 * every word of the vector asked. Null for an empty query.
 * to_tsquery stems the Latin words like the index does and keeps the weight labels.
 */
export function anyOperandTsQuery(
  q: string,
  strategy: SearchTypes.SearchMatchStrategy,
  weights: string,
  opts: TextQueryOptions = {},
): string | null {
  const words = splitWords(q)
  const last = words.length - 1
  const operands = words.flatMap((w, i) => {
    const typing = strategy === "last" && i === last
    const operand = (x: string) => {
      const label = `${typing && !isHanPair(x) ? "*" : ""}${weights}`
      return label ? `'${x}':${label}` : `'${x}'`
    }
    if (w.han) return spellingsOf(w.text, opts).flatMap((s) => hanPairs(s).map(operand))
    return [w.text, ...(opts.fixes?.get(w.text) ?? [])].map(operand)
  })
  return operands.length ? [...new Set(operands)].join(" | ") : null
}

/**
 * Filters wrapped in IS TRUE when a text query is present. PostgreSQL guesses every jsonb containment matches
 * 0.1 % of rows, so it would walk `indexed` for "status is published" (all rows) and test the text of each; hidden
 * from the planner, the filters are checked on the rows the text index finds. Same truth table in a WHERE.
 */
export const preferTextIndex = (conditions: string[]) =>
  conditions.length > 1 && conditions[0]!.startsWith(TEXT_MATCH)
    ? [conditions[0]!, ...conditions.slice(1).map((c) => `(${c}) IS TRUE`)]
    : conditions

/**
 * The tsquery of a query, pushing its own placeholders: each Han run as its pairs (the index holds pairs), or as
 * one of its synonyms' pairs; the other words through PostgreSQL's parser, or, when some were corrected for typos,
 * each word or its corrections. "last" makes the last word a prefix (typing), "any" ORs the words. A subquery, so
 * it is computed once a statement, also in a prepared statement's generic plan (prepared.ts).
 */
export function tsQuerySql(
  q: string,
  strategy: SearchTypes.SearchMatchStrategy,
  cfg: string,
  opts: TextQueryOptions = {},
) {
  const { fixes } = opts
  const split = splitQuery(q)
  const join = strategy === "any" ? " | " : " & "
  const runs = splitWords(q)
    .filter((w) => w.han)
    .map((w) => w.text)
  const runSql = (run: string, typing: boolean) => {
    const spellings = spellingsOf(run, opts).map((word) => {
      const pairs = hanPairs(word).map((p) => `'${p}'`)
      if (typing && word === run && [...word].length < 2) pairs[pairs.length - 1] += ":*"
      return `(${pairs.join(join)})`
    })
    return spellings.length > 1 ? `(${spellings.join(" | ")})` : spellings[0]!
  }
  const latin = (params: unknown[]) => {
    if (fixes) {
      // Quoted operands: splitWords leaves only letters and digits, so nothing else reaches to_tsquery.
      const words = split.latin.split(" ")
      const groups = words.map((w, i) => {
        const prefix = strategy === "last" && !split.endsWithHan && i === words.length - 1 ? ":*" : ""
        return `(${[w, ...(fixes.get(w) ?? [])].map((x) => `'${x}'${prefix}`).join(" | ")})`
      })
      params.push(groups.join(join))
      return `to_tsquery('${cfg}', ?)`
    }
    params.push(split.latin)
    const plain = `plainto_tsquery('${cfg}', ?)`
    if (strategy === "any") return `replace(${plain}::text, ' & ', ' | ')::tsquery`
    if (strategy === "last" && !split.endsWithHan)
      return `regexp_replace(${plain}::text, '''([^'']+)''$', '''\\1'':*')::tsquery`
    return plain
  }
  return (params: unknown[]) => {
    const parts: string[] = []
    if (runs.length) {
      params.push(
        runs.map((run, i) => runSql(run, strategy === "last" && split.endsWithHan && i === runs.length - 1)).join(join),
      )
      parts.push(`to_tsquery('${cfg}', ?)`)
    }
    if (split.latin) parts.push(latin(params))
    return parts.length ? `(SELECT ${parts.join(strategy === "any" ? " || " : " && ")})` : `''::tsquery`
  }
}
