import { pinyin } from "pinyin-pro"
import type { DivisionNames } from "./resolve-division"

// The national division data names places in Chinese only. In English a place is named by its stem in Hanyu Pinyin
// (syllables joined, an apostrophe before a, o or e as in Xi'an) and its kind translated: 青冈县 → Qinggang County,
// 兴东村委会 → Xingdong Village. Provinces keep their established English names (陕西 is Shaanxi, not Shanxi).
const KNOWN: Record<string, string> = {
  单县: "Shan County",
  北京市: "Beijing Municipality",
  天津市: "Tianjin Municipality",
  上海市: "Shanghai Municipality",
  重庆市: "Chongqing Municipality",
  陕西省: "Shaanxi Province",
  内蒙古自治区: "Inner Mongolia Autonomous Region",
  广西壮族自治区: "Guangxi Zhuang Autonomous Region",
  西藏自治区: "Tibet Autonomous Region",
  宁夏回族自治区: "Ningxia Hui Autonomous Region",
  新疆维吾尔自治区: "Xinjiang Uygur Autonomous Region",
  香港特别行政区: "Hong Kong Special Administrative Region",
  澳门特别行政区: "Macao Special Administrative Region",
}

// Stems whose characters a place name reads otherwise than pinyin-pro's words do (棱 is líng in 穆棱).
const STEMS: Record<string, string> = { 穆棱: "Muling", 乐亭: "Laoting", 涡阳: "Guoyang", 大城: "Dacheng" }

// Longest first: 村民委员会 before 村, 自治县 before 县.
const KINDS: [string, string][] = [
  ["特别行政区", "Special Administrative Region"],
  ["社区居民委员会", "Community"],
  ["社区居委会", "Community"],
  ["村民委员会", "Village"],
  ["居民委员会", "Community"],
  ["管理委员会", "Administrative Committee"],
  ["街道办事处", "Subdistrict"],
  ["自治区", "Autonomous Region"],
  ["自治州", "Autonomous Prefecture"],
  ["自治县", "Autonomous County"],
  ["自治旗", "Autonomous Banner"],
  ["村委会", "Village"],
  ["居委会", "Community"],
  ["管委会", "Administrative Committee"],
  ["开发区", "Development Zone"],
  ["街道", "Subdistrict"],
  ["农场", "Farm"],
  ["林场", "Forest Farm"],
  ["社区", "Community"],
  ["地区", "Prefecture"],
  ["省", "Province"],
  ["市", "City"],
  ["县", "County"],
  ["区", "District"],
  ["旗", "Banner"],
  ["盟", "League"],
  ["镇", "Town"],
  ["乡", "Township"],
  ["村", "Village"],
]

// Levels that stand in for "the rest of the province/city" in the data, named as what they gather.
const PLACEHOLDERS: Record<string, string> = {
  市辖区: "City Districts",
  县: "Counties",
  省直辖县级行政区划: "County-level Divisions under the Province",
  自治区直辖县级行政区划: "County-level Divisions under the Autonomous Region",
}

/** Hanyu Pinyin of a Chinese stem, toneless, syllables joined, first letter capital: 青冈 → Qinggang, 西安 → Xi'an. */
export function pinyinName(stem: string): string {
  const known = STEMS[stem]
  if (known) return known
  // Runs of other characters (Latin letters, digits) are kept as written; only Han syllables get an apostrophe.
  const tokens = pinyin(stem, { toneType: "none", type: "all", nonZh: "consecutive" })
  const joined = tokens
    .map((t, i) => {
      if (!t.isZh) return t.origin
      return i > 0 && tokens[i - 1]!.isZh && /^[aoe]/.test(t.pinyin) ? `'${t.pinyin}` : t.pinyin
    })
    .join("")
  return joined.charAt(0).toUpperCase() + joined.slice(1)
}

/** One division's name in English: 青冈县 → Qinggang County, 昌盛镇 → Changsheng Town, 北京市 → Beijing Municipality. */
export function englishDivisionName(name: string): string {
  const known = KNOWN[name] ?? PLACEHOLDERS[name]
  if (known) return known
  const kind = KINDS.find(([suffix]) => name.length > suffix.length && name.endsWith(suffix))
  return kind ? `${pinyinName(name.slice(0, -kind[0].length))} ${kind[1]}` : pinyinName(name)
}

const ORDER = ["village", "township", "county", "city", "province"] as const

/** Smallest to largest, as an English address reads: Qinggang County, Suihua City, Heilongjiang Province. */
export function englishDivisionLabel(names: DivisionNames): string {
  return ORDER.map((key) => names[key])
    .filter((n): n is string => Boolean(n) && !(n! in PLACEHOLDERS))
    .map(englishDivisionName)
    .join(", ")
}

/** The name at the division's own (deepest) level, or its whole label where that level is a placeholder. */
export function englishRegionName(names: DivisionNames): string {
  const own = ORDER.map((key) => names[key]).find((n): n is string => Boolean(n))
  return own && !(own in PLACEHOLDERS) ? englishDivisionName(own) : englishDivisionLabel(names)
}
