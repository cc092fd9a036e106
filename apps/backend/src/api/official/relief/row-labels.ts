import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Channel, ReportGrouping } from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { describeRegion } from "../../../modules/official/region-scope"

const CHANNEL_LABELS: Record<Channel, string> = {
  online: "线上商城",
  livestream: "直播带货",
  institutional: "单位采购",
}
const UNCATEGORISED = "未分类"

/**
 * A readable name beside each row key: the division's name (region), the cooperative's name, the channel's and
 * the category's Chinese name, or the month as 2026年3月. Names only; never anything below a cooperative.
 */
export async function rowLabels(container: MedusaContainer, groupBy: ReportGrouping, keys: readonly (string | null)[]) {
  const present = keys.filter((k): k is string => k !== null)
  const labels = new Map<string | null, string | null>()
  switch (groupBy) {
    case "region":
      for (const key of present) labels.set(key, (await describeRegion(key))?.name ?? null)
      break
    case "cooperative": {
      const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      const rows = present.length
        ? await service.listCooperatives({ id: present }, { select: ["id", "name_zh"], take: null })
        : []
      for (const row of rows) labels.set(row.id, row.name_zh)
      break
    }
    case "channel":
      for (const key of present) labels.set(key, CHANNEL_LABELS[key as Channel] ?? key)
      break
    case "category": {
      const products = container.resolve(Modules.PRODUCT)
      const rows = present.length
        ? await products.listProductCategories(
            { $or: [{ id: present }, { handle: present }] },
            { select: ["id", "handle", "name"], take: null },
          )
        : []
      for (const row of rows) {
        labels.set(row.id, row.name)
        labels.set(row.handle, row.name)
      }
      labels.set(null, UNCATEGORISED)
      break
    }
    case "month":
      for (const key of present) labels.set(key, `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`)
      break
  }
  return (key: string | null) => labels.get(key) ?? null
}
