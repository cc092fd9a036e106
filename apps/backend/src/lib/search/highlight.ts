import type { Segment } from "@fengshou/search-contract"
import { hanPairs, splitWords } from "./han-terms"
import { syllables } from "./pinyin-terms"

const HAN_CHAR = /\p{Script=Han}/u
const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Marks what a query matched in a text: its Han characters (by pairs, so 木耳 lights up in 黑木耳), words starting
 * with a query word (morel → Morels), and Han characters whose pinyin or initials a query word spells
 * (yangduj or ydj → 羊肚菌). Returned as segments, never HTML, so a title cannot inject markup.
 */
export function highlight(text: string, q: string): Segment[] {
  const chars = [...text]
  const marked = new Array<boolean>(chars.length).fill(false)
  const words = splitWords(q)
  const mark = (from: number, length: number) => {
    for (let i = from; i < from + length && i < chars.length; i++) marked[i] = true
  }

  for (const word of words.filter((w) => w.han)) {
    for (const pair of hanPairs(word.text)) {
      const size = [...pair].length
      for (let i = 0; i + size <= chars.length; i++) if (chars.slice(i, i + size).join("") === pair) mark(i, size)
    }
  }
  const latin = words.filter((w) => !w.han).map((w) => w.text)
  if (latin.length) {
    markWordPrefixes(chars, latin, mark)
    markPinyin(
      chars,
      latin.filter((w) => w.length >= 2 && /^[a-z]+$/.test(w)),
      mark,
    )
  }
  return toSegments(chars, marked)
}

function markWordPrefixes(chars: string[], queryWords: string[], mark: (from: number, length: number) => void) {
  for (let i = 0; i < chars.length; i++) {
    if (
      !WORD_CHAR.test(chars[i]!) ||
      HAN_CHAR.test(chars[i]!) ||
      (i > 0 && WORD_CHAR.test(chars[i - 1]!) && !HAN_CHAR.test(chars[i - 1]!))
    )
      continue
    let end = i
    while (end < chars.length && WORD_CHAR.test(chars[end]!) && !HAN_CHAR.test(chars[end]!)) end++
    const word = chars.slice(i, end).join("").toLowerCase()
    for (const q of queryWords) if (word.startsWith(q)) mark(i, Math.min(q.length, end - i))
  }
}

function markPinyin(chars: string[], queryWords: string[], mark: (from: number, length: number) => void) {
  if (!queryWords.length) return
  let i = 0
  while (i < chars.length) {
    if (!HAN_CHAR.test(chars[i]!)) {
      i++
      continue
    }
    let end = i
    while (end < chars.length && HAN_CHAR.test(chars[end]!)) end++
    const s = syllables(chars.slice(i, end).join(""))
    for (let start = 0; start < s.length; start++) {
      for (const q of queryWords) {
        const covered = spelled(s.slice(start), q)
        if (covered) mark(i + start, covered)
      }
    }
    i = end
  }
}

/** How many characters from the first one a query word spells, by syllables (a last one may be cut) or by initials. */
function spelled(s: string[], q: string): number {
  let joined = ""
  for (let n = 0; n < s.length; n++) {
    joined += s[n]
    if (joined.length >= q.length) {
      if (joined.startsWith(q)) return n + 1
      break
    }
    if (!q.startsWith(joined)) break
  }
  const initials = s.map((x) => x[0]).join("")
  return q.length <= s.length && initials.startsWith(q) ? q.length : 0
}

function toSegments(chars: string[], marked: boolean[]): Segment[] {
  const segments: Segment[] = []
  chars.forEach((c, i) => {
    const last = segments.at(-1)
    if (last && last.match === marked[i]) last.text += c
    else segments.push({ text: c, match: marked[i]! })
  })
  return segments
}
