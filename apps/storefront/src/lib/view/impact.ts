// What shoppers see of the relief ledger: totals and counts from GET /store/impact*, never a household.
// Amounts stay integer fen until they are formatted here.
import type { Impact, OrderImpact, ProductImpact, VariantShare } from "@fengshou/store-contract"
import { formatFen } from "./money"
import type { VariantView } from "./product"

/** What modules/impact names the order impact it renders; the contract's OrderImpact. */
export type WireOrderImpact = OrderImpact

export type ImpactView = {
  orders: number
  sales: string
  householdIncome: string
  households: number
  persons: number
  cooperatives: number
  /** Share of sales that reached 脱贫户/监测户, "23%"; null before the first sale. */
  share: string | null
}

export type OrderImpactView = {
  recorded: boolean
  sales: string
  householdIncome: string
  households: number
  persons: number
  share: string | null
}

/** "45%" rounded half up; "<1%" for a positive part that rounds to 0; null when there is no whole. */
export function percentOf(partFen: number, wholeFen: number): string | null {
  if (wholeFen <= 0 || partFen < 0) return null
  const percent = Math.floor((partFen * 200 + wholeFen) / (wholeFen * 2))
  return percent === 0 && partFen > 0 ? "<1%" : `${percent}%`
}

export function toImpactView(wire: Impact): ImpactView {
  return {
    orders: wire.orders,
    sales: formatFen(wire.sales_fen),
    householdIncome: formatFen(wire.household_income_fen),
    households: wire.households_benefited,
    persons: wire.persons_benefited,
    cooperatives: wire.cooperatives,
    share: percentOf(wire.household_income_fen, wire.sales_fen),
  }
}

export function toOrderImpactView(wire: OrderImpact): OrderImpactView {
  return {
    recorded: wire.recorded,
    sales: formatFen(wire.sales_fen),
    householdIncome: formatFen(wire.household_income_fen),
    households: wire.households_benefited,
    persons: wire.persons_benefited,
    share: percentOf(wire.household_income_fen, wire.sales_fen),
  }
}

/** Which sentence a variant's price share reads as; every key exists in `impact.priceShare` of both catalogs. */
export type PriceShareMessage = "relief" | "membersOnly" | "none"

export type PriceShareView = {
  variantId: string
  /** The size as the product page shows it ("5斤", "2.5 kg"), else the variant title. */
  size: string
  message: PriceShareMessage
  values: { size: string; price: string; part: string; percent: string; households: number; persons: number }
  /** Set when ordinary members get a part too, so the relief figure is not the whole households' share. */
  allHouseholds: { part: string; households: number } | null
  traceCode: string | null
}

/** Joins the backend's shares with the page's variants (same order: lightest first); variants without a share drop out. */
export function toPriceShares(wire: ProductImpact, variants: readonly VariantView[]): PriceShareView[] {
  const byId = new Map(wire.variants.map((v) => [v.variant_id, v]))
  return variants.flatMap((variant) => {
    const share = byId.get(variant.id)
    return share ? [toPriceShare(share, variant.weight?.primary ?? variant.title)] : []
  })
}

export function toPriceShare(share: VariantShare, size: string): PriceShareView {
  const message: PriceShareMessage =
    share.relief_household_fen > 0 ? "relief" : share.household_fen > 0 ? "membersOnly" : "none"
  const partFen = message === "relief" ? share.relief_household_fen : share.household_fen
  const households = message === "relief" ? share.relief_households : share.households
  const othersToo = message === "relief" && share.household_fen > share.relief_household_fen
  return {
    variantId: share.variant_id,
    size,
    message,
    values: {
      size,
      price: formatFen(share.price_fen),
      part: formatFen(partFen),
      percent: percentOf(partFen, share.price_fen) ?? "0%",
      households,
      persons: share.relief_persons,
    },
    allHouseholds: othersToo ? { part: formatFen(share.household_fen), households: share.households } : null,
    traceCode: share.lot?.trace_code ?? null,
  }
}
