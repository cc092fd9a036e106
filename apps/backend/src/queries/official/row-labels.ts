import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Channel, ReportGrouping, ReportLang } from "@fengshou/relief-core"
import { englishDivisionLabel, englishRegionName, pinyinName } from "../../lib/divisions/english-name"
import { ENGLISH } from "../../lib/english"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { describeRegion, type RegionScope } from "../../modules/official/region-scope"

const CHANNEL_LABELS: Record<ReportLang, Record<Channel, string>> = {
  zh: { online: "线上商城", livestream: "直播带货", institutional: "单位采购" },
  en: { online: "Online store", livestream: "Livestream", institutional: "Institutional purchase" },
}
const UNCATEGORISED: Record<ReportLang, string> = { zh: "未分类", en: "Uncategorised" }
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]
const MONTH_LABEL: Record<ReportLang, (year: string, month: number) => string> = {
  zh: (year, month) => `${year}年${month}月`,
  en: (year, month) => `${MONTHS_EN[month - 1]} ${year}`,
}

/** A region's own name and its province-down label in the report's language (English: pinyin + kind). */
export function regionNamesIn(region: RegionScope, lang: ReportLang): { name: string; label: string } {
  if (lang === "zh") return { name: region.name, label: region.label }
  return { name: englishRegionName(region.names), label: englishDivisionLabel(region.names) }
}

/**
 * A readable name beside each row key, in the report's language: the division's name (region; in English its
 * pinyin and kind), the cooperative's name (name_en in English), the channel's and the category's name (the
 * Translation Module's English, else pinyin), or the month (2026年3月, March 2026). Never anything below a cooperative.
 */
export async function rowLabels(
  container: MedusaContainer,
  groupBy: ReportGrouping,
  keys: readonly (string | null)[],
  lang: ReportLang = "zh",
) {
  const present = [...new Set(keys.filter((k): k is string => k !== null))]
  const labels = new Map<string | null, string | null>()
  switch (groupBy) {
    case "region":
      for (const key of present) {
        const region = await describeRegion(key)
        labels.set(key, region ? regionNamesIn(region, lang).name : null)
      }
      break
    case "cooperative": {
      const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      const rows = present.length
        ? await service.listCooperatives({ id: present }, { select: ["id", "name_zh", "name_en"], take: null })
        : []
      for (const row of rows) labels.set(row.id, lang === "en" && row.name_en ? row.name_en : row.name_zh)
      break
    }
    case "channel":
      for (const key of present) labels.set(key, CHANNEL_LABELS[lang][key as Channel] ?? key)
      break
    case "category":
      for (const [key, name] of await categoryNames(container, present, lang)) labels.set(key, name)
      labels.set(null, UNCATEGORISED[lang])
      break
    case "month":
      for (const key of present) labels.set(key, MONTH_LABEL[lang](key.slice(0, 4), Number(key.slice(5, 7))))
      break
  }
  return (key: string | null) => labels.get(key) ?? null
}

/** Category names by id and by handle (the ledger keeps either). */
async function categoryNames(container: MedusaContainer, keys: string[], lang: ReportLang) {
  const names = new Map<string, string>()
  if (!keys.length) return names
  const rows = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ $or: [{ id: keys }, { handle: keys }] }, { select: ["id", "handle", "name"], take: null })
  const english =
    lang === "en" && rows.length
      ? await container.resolve(Modules.TRANSLATION).listTranslations({
          reference: "product_category",
          reference_id: rows.map((r) => r.id),
          locale_code: ENGLISH,
        })
      : []
  for (const row of rows) {
    const translated = (english.find((t) => t.reference_id === row.id)?.translations as { name?: unknown } | undefined)
      ?.name
    const name =
      lang === "zh" ? row.name : typeof translated === "string" && translated ? translated : pinyinName(row.name)
    names.set(row.id, name)
    names.set(row.handle, name)
  }
  return names
}
