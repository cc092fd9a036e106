import { PRICE_BANDS } from "@fengshou/search-contract"
import { divisionName } from "../divisions/resolve-division"
import { syllables } from "./pinyin-terms"

export type Label = { label: string; label_en: string | null }

const CERTIFICATIONS: Record<string, [string, string]> = {
  organic: ["有机认证", "Organic"],
  organic_conversion: ["有机转换认证", "Organic conversion"],
  green_food: ["绿色食品", "Green food"],
  geographic_indication: ["地理标志", "Geographical indication"],
  selenium_test: ["富硒检测", "Selenium test"],
  trademark: ["注册商标", "Registered trademark"],
  other: ["其他", "Other"],
}

export function certificationLabel(kind: string): Label {
  const [label, label_en] = CERTIFICATIONS[kind] ?? [kind, kind]
  return { label, label_en }
}

export function priceBandLabel(key: string): Label {
  const band = PRICE_BANDS.find((b) => b.key === key)
  if (!band) return { label: key, label_en: key }
  const yuan = (fen: number) => String(fen / 100)
  const label = band.to_fen === null ? `¥${yuan(band.from_fen)}+` : `¥${yuan(band.from_fen)}–${yuan(band.to_fen)}`
  return { label, label_en: label }
}

// 陕西 and 山西 share a pinyin; the official romanisation tells them apart.
const PROVINCE_EN: Record<string, string> = { "61": "Shaanxi" }
const SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/

/** A province's name from GB/T 2260, and in English its pinyin without the 省/市/自治区 suffix. */
export async function provinceLabel(code: string): Promise<Label> {
  const name = await divisionName(code)
  if (!name) return { label: code, label_en: null }
  const en = PROVINCE_EN[code] ?? syllables(name.replace(SUFFIX, "")).join("")
  return { label: name, label_en: en.charAt(0).toUpperCase() + en.slice(1) }
}
