import { hanPairs, splitWords } from "../../lib/search/han-terms"
import { syllables } from "../../lib/search/pinyin-terms"

// Chinese typos are mostly homophones: an input method offers every character of a syllable, and 羊度菌 or 蜂密 is
// one wrong pick away from 羊肚菌 or 蜂蜜. So the index keeps its Chinese words with their toneless pinyin, and a
// query run holding a pair the index has never seen is respelled with the indexed words that sound the same.

/** Longest word kept from names: long enough for most product words (羊肚菌, 金丝王), short enough to stay small. */
export const MAX_WORD_CHARS = 4

export type HanTerm = { term: string; pinyin: string; name: boolean }

/** The words of a run to look up: every stretch of 2 to MAX_WORD_CHARS characters. */
export function runWindows(run: string, max = MAX_WORD_CHARS): { start: number; text: string }[] {
  const chars = [...run]
  const out: { start: number; text: string }[] = []
  for (let len = Math.min(max, chars.length); len >= 2; len--)
    for (let start = 0; start + len <= chars.length; start++)
      out.push({ start, text: chars.slice(start, start + len).join("") })
  return out
}

/**
 * The Chinese words of a text with their pinyin: from a name (title, category, cooperative, tag) every stretch of
 * 2 to 4 characters, so a whole word can be matched by sound; from a longer text only its pairs.
 */
export function hanTerms(text: string, name: boolean): HanTerm[] {
  const terms = new Map<string, HanTerm>()
  for (const word of splitWords(text)) {
    if (!word.han) continue
    const s = syllables(word.text)
    // pinyin-pro gives one syllable per character; anything else (a rare character) is kept out of the vocabulary.
    if (s.length !== [...word.text].length) continue
    for (const w of name ? runWindows(word.text) : runWindows(word.text, 2)) {
      const len = [...w.text].length
      terms.set(w.text, { term: w.text, pinyin: s.slice(w.start, w.start + len).join(""), name })
    }
  }
  return [...terms.values()]
}

/** Pinyin of every window of a query run, to ask the vocabulary for words that sound the same. */
export function windowPinyin(run: string): { start: number; text: string; pinyin: string }[] {
  const s = syllables(run)
  if (s.length !== [...run].length) return []
  return runWindows(run).map((w) => ({ ...w, pinyin: s.slice(w.start, w.start + [...w.text].length).join("") }))
}

/**
 * A query run respelled by sound, or null when it needs none. Only a run with a pair the index lacks is touched;
 * its windows are tried longest first, and a window that is not a known word and covers an unknown pair takes
 * the known word of the same pinyin (a name's word first, then the one closest in characters).
 */
export function respellRun(
  run: string,
  known: Set<string>,
  bySound: Map<string, { term: string; name: boolean }[]>,
): string | null {
  const pairs = hanPairs(run)
  if (pairs.length < 1 || [...run].length < 2) return null
  const unknown = new Set(pairs.map((p, i) => (known.has(p) ? -1 : i)).filter((i) => i >= 0))
  if (!unknown.size) return null
  const chars = [...run]
  for (const w of windowPinyin(run)) {
    const len = [...w.text].length
    const current = chars.slice(w.start, w.start + len).join("")
    if (known.has(current)) continue
    let covers = false
    for (let i = w.start; i < w.start + len - 1; i++) if (unknown.has(i)) covers = true
    if (!covers) continue
    const best = (bySound.get(w.pinyin) ?? [])
      .filter((c) => [...c.term].length === len && c.term !== current)
      .map((c) => ({ ...c, diff: [...c.term].filter((ch, i) => ch !== chars[w.start + i]).length }))
      .sort((a, b) => Number(b.name) - Number(a.name) || a.diff - b.diff || a.term.localeCompare(b.term))[0]
    if (!best) continue
    chars.splice(w.start, len, ...best.term)
    for (let i = w.start; i < w.start + len - 1; i++) unknown.delete(i)
  }
  const respelled = chars.join("")
  return respelled === run ? null : respelled
}
