// Chinese has no spaces, so PostgreSQL's parser reads "昌盛小米" as one word and 小米 would never match it. Both
// sides are therefore cut the same way: the index gets every character and every pair of neighbours of each run
// of Han characters (the CJK bigram scheme of Lucene's cjk analyzer), a query gets its pairs.

const RUN = /\p{Script=Han}+|[\p{L}\p{N}]+/gu
const HAN = /^\p{Script=Han}/u

export type Word = { text: string; han: boolean }

/** The runs of Han characters and the other words (letters and digits) of a text, in order, lowercased. */
export function splitWords(text: string): Word[] {
  return [...text.toLowerCase().matchAll(RUN)].map((m) => ({ text: m[0], han: HAN.test(m[0]) }))
}

/** Overlapping pairs of a Han run; a single character stays itself. */
export function hanPairs(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return chars
  return chars.slice(1).map((c, i) => chars[i]! + c)
}

/**
 * The text followed by the pairs of its Han runs, and their single characters when `characters` (names and
 * titles: a one-character query like 枣 should find 金丝王小枣, not every description that mentions it).
 */
export function hanIndexText(text: string, characters = true): string {
  const terms = new Set<string>()
  for (const word of splitWords(text)) {
    if (!word.han) continue
    if (characters || word.text.length < 2) for (const c of word.text) terms.add(c)
    for (const pair of hanPairs(word.text)) terms.add(pair)
  }
  return terms.size ? `${text} ${[...terms].join(" ")}` : text
}

/** A query cut like the index: the Han pairs, and the rest of the text for PostgreSQL's own parser. */
export function splitQuery(q: string): { han: string[]; latin: string; endsWithHan: boolean } {
  const words = splitWords(q)
  return {
    han: [...new Set(words.filter((w) => w.han).flatMap((w) => hanPairs(w.text)))],
    latin: words
      .filter((w) => !w.han)
      .map((w) => w.text)
      .join(" "),
    endsWithHan: words.at(-1)?.han ?? false,
  }
}
