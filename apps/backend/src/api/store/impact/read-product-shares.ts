import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { shanghaiDate, yuanToFen, type HouseholdStatus } from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { chooseLot, toLotContributions, type MechanismConfig } from "../../../lib/relief/lot-benefit"
import { priceShare, type PriceShare } from "./price-share"

type VariantRow = {
  id: string
  weight: number | null
  calculated_price?: { calculated_amount: number | string | null; currency_code: string | null } | null
}
type ProductRow = {
  id: string
  status: string
  sales_channels?: { id: string }[] | null
  variants?: VariantRow[] | null
  cooperative?: { id: string; status: string; benefit_mechanisms: string[]; dividend_bps: number | null } | null
}
type ContributionRow = {
  quantity_g: number
  farmgate_fen_per_kg: number
  household: { id: string; status: HouseholdStatus; size: number; share_weight: number }
}
type LotRow = {
  variant_id: string
  trace_code: string
  harvest_date: string
  created_at: string | Date
  contributions: ContributionRow[]
}

export type VariantShare = PriceShare & {
  variant_id: string
  weight_g: number
  lot: { trace_code: string; harvest_date: string } | null
}
export type ProductShares = {
  product_id: string
  benefit_mechanisms: string[]
  dividend_bps: number | null
  variants: VariantShare[]
}

/**
 * A published product's price transparency: per variant with a CNY price and a weight, what its latest lot's
 * households receive of the shelf price. Null when the product is not sold through these sales channels or its
 * cooperative is not approved. Household ids are only keys of the split here and never leave this function.
 */
export async function readProductShares(
  container: MedusaContainer,
  productId: string,
  salesChannelIds: readonly string[],
): Promise<ProductShares | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "status",
      "sales_channels.id",
      "variants.id",
      "variants.weight",
      "variants.calculated_price.*",
      "cooperative.id",
      "cooperative.status",
      "cooperative.benefit_mechanisms",
      "cooperative.dividend_bps",
    ],
    filters: { id: productId },
    context: { variants: { calculated_price: QueryContext({ currency_code: "cny" }) } },
  })
  const product = data[0] as ProductRow | undefined
  const sold =
    product?.status === "published" && (product.sales_channels ?? []).some((s) => salesChannelIds.includes(s.id))
  const cooperative = product?.cooperative
  if (!product || !sold || cooperative?.status !== "approved") return null

  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [override] = await service.listProductBenefits({ product_id: product.id })
  const config: MechanismConfig = override ?? cooperative
  const variants = (product.variants ?? []).filter(
    (v) => v.weight && v.weight > 0 && v.calculated_price?.calculated_amount != null,
  )
  const latest = await latestLots(
    service,
    variants.map((v) => v.id),
  )

  return {
    product_id: product.id,
    benefit_mechanisms: [...config.benefit_mechanisms],
    dividend_bps: config.dividend_bps,
    variants: variants.map((variant) => {
      const lot = latest.get(variant.id)
      const weight_g = Math.round(variant.weight ?? 0)
      const share = priceShare({
        price_fen: yuanToFen(String(variant.calculated_price!.calculated_amount)),
        weight_g,
        config,
        contributions: lot ? toLotContributions(lot.contributions) : [],
      })
      return {
        variant_id: variant.id,
        weight_g,
        ...share,
        lot: lot ? { trace_code: lot.trace_code, harvest_date: lot.harvest_date } : null,
      }
    }),
  }
}

/**
 * The lot a sale today would be credited to, per variant, chosen as the ledger's writer chooses it
 * (queries/relief/read-order-facts.ts): the latest lot harvested by today in Asia/Shanghai, else the earliest one.
 */
async function latestLots(service: CooperativeModuleService, variantIds: string[]): Promise<Map<string, LotRow>> {
  if (!variantIds.length) return new Map()
  const lots = (await service.listLots(
    { variant_id: variantIds },
    {
      select: [
        "variant_id",
        "trace_code",
        "harvest_date",
        "created_at",
        "contributions.quantity_g",
        "contributions.farmgate_fen_per_kg",
        "contributions.household.id",
        "contributions.household.status",
        "contributions.household.size",
        "contributions.household.share_weight",
      ],
      relations: ["contributions", "contributions.household"],
      order: { harvest_date: "ASC", created_at: "ASC" },
      take: null,
    },
  )) as unknown as LotRow[]
  const today = shanghaiDate(new Date())
  const chosen = new Map<string, LotRow>()
  for (const variantId of variantIds) {
    const lot = chooseLot(
      lots.filter((l) => l.variant_id === variantId),
      today,
    )
    if (lot) chosen.set(variantId, lot)
  }
  return chosen
}
