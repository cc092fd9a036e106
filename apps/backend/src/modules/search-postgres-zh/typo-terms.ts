import { splitWords } from "../../lib/search/han-terms"

// Typo tolerance by vocabulary: every Latin word the index holds (English, pinyin) is kept in a small table; a
// query word that is not there is replaced by the words within a typo or two of it, and the search runs on the
// text index as usual. Trigram similarity over whole documents (Medusa's way) costs a scan of every row.

export const MIN_TERM_LENGTH = 3

/** The distinct Latin words of some texts, lowercased, long enough to be worth correcting to. */
export function latinTerms(texts: string[]): string[] {
  const terms = new Set<string>()
  for (const text of texts) {
    for (const word of splitWords(text))
      if (!word.han && word.text.length >= MIN_TERM_LENGTH && /^[a-z]+$/.test(word.text)) terms.add(word.text)
  }
  return [...terms]
}

/** Edit distance counting an adjacent swap as one edit (optimal string alignment), given up past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  }
  return rows[a.length]![b.length]!
}

export type TypoRule = { oneTypo: number; twoTypos: number }

/** How many edits a word of this length may carry (Meilisearch's rule: none below `oneTypo`). */
export function allowedTypos(word: string, rule: TypoRule): number {
  return word.length >= rule.twoTypos ? 2 : word.length >= rule.oneTypo ? 1 : 0
}

/** The closest candidates within the allowed edits, nearest first, at most `limit`. */
export function corrections(word: string, candidates: string[], rule: TypoRule, limit = 3): string[] {
  const allowed = allowedTypos(word, rule)
  if (!allowed) return []
  return candidates
    .map((term) => ({ term, d: editDistance(word, term, allowed) }))
    .filter((c) => c.d <= allowed && c.term !== word)
    .sort((x, y) => x.d - y.d || x.term.localeCompare(y.term))
    .slice(0, limit)
    .map((c) => c.term)
}
