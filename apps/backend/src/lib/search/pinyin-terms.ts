import { pinyin } from "pinyin-pro"
import { splitWords } from "./han-terms"

// Shoppers type pinyin as whole words (yangdujun), as a word being typed (yangduj), as syllables (yang du jun) or
// as initials (ydj). Every start position of a Han run gets its joined syllables and its initials, so each of
// those is a whole term or a prefix of one. Runs are cut at MAX_CHARS to keep documents small.
const MAX_CHARS = 8

/** Toneless syllables of a Han run, with ü written v as on a keyboard. */
export function syllables(run: string): string[] {
  return pinyin(run, { toneType: "none", type: "array", v: true }).map((s) => s.toLowerCase())
}

/** Pinyin terms of the Han runs of a text: joined syllables and initials from every character on, and each syllable. */
export function pinyinTerms(text: string): string[] {
  const terms = new Set<string>()
  for (const word of splitWords(text)) {
    if (!word.han) continue
    const s = syllables(word.text)
    for (let i = 0; i < s.length; i++) {
      const tail = s.slice(i, i + MAX_CHARS)
      terms.add(tail.join(""))
      if (tail.length > 1) terms.add(tail.map((x) => x[0]).join(""))
      terms.add(s[i]!)
    }
  }
  return [...terms]
}
