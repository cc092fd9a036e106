import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shanghaiDate, yuanToFen, type Contribution } from "@fengshou/relief-core"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import {
  chooseLot,
  collectiveMechanism,
  effectiveConfig,
  toLotContributions,
  toMechanism,
  weightedFarmgate,
} from "../../lib/relief/lot-benefit"
import { orderChannel, type LineFacts, type OrderFacts, type ReturnFacts } from "../../lib/relief/order-facts"
import { lineSoldFen } from "../../lib/orders/line-sold"
import { returnIdOfRefund } from "../../lib/orders/return-refund"

type Money = number | string | null | undefined
type OrderRow = {
  id: string
  created_at: string | Date
  canceled_at: string | Date | null
  status: string
  updated_at: string | Date
  metadata: Record<string, unknown> | null
  customer?: { groups?: { name: string }[] | null } | null
  items: {
    id: string
    product_id: string | null
    variant_id: string | null
    quantity: Money
    /** After a return is received, Medusa's line total is for the units kept; the returned ones' are apart. */
    total: Money
    return_received_total?: Money
    return_dismissed_total?: Money
    variant?: { weight: number | null } | null
  }[]
  payment_collections?: { payments?: { refunds?: RefundRow[] | null }[] | null }[] | null
  returns?: ReturnRow[] | null
}
type RefundRow = { id: string; amount: Money; created_at: string | Date; metadata: Record<string, unknown> | null }
type ReturnRow = {
  id: string
  status: string
  received_at: string | Date | null
  items?: { item_id: string; quantity: Money; received_quantity: Money }[] | null
}
type ProductRow = {
  id: string
  categories?: { handle: string }[] | null
  cooperative?: {
    id: string
    division_code: string
    benefit_mechanisms: string[]
    dividend_bps: number | null
    collective_bps: number | null
  } | null
}
type LotRow = {
  variant_id: string
  harvest_date: string
  created_at: string | Date
  contributions: {
    quantity_g: number
    farmgate_fen_per_kg: number
    household: { id: string; status: Contribution["status"]; size: number; share_weight: number }
  }[]
}

const ORDER_FIELDS = [
  "id",
  "created_at",
  "updated_at",
  "canceled_at",
  "status",
  "metadata",
  "customer.groups.name",
  // Medusa computes line totals only when order totals are asked for, from the lines' tax lines and adjustments.
  "item_total",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.variant.weight",
  "payment_collections.payments.refunds.*",
  "returns.id",
  "returns.status",
  "returns.received_at",
  "returns.items.*",
]
const fen = (m: Money) => (m === null || m === undefined ? 0 : yuanToFen(String(m)))

/** Reads what decides an order's ledger entries; null when the order does not exist. */
export async function readOrderFacts(container: MedusaContainer, orderId: string): Promise<OrderFacts | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) return null

  const productIds = [...new Set(order.items.map((i) => i.product_id).filter((id): id is string => !!id))]
  const variantIds = [...new Set(order.items.map((i) => i.variant_id).filter((id): id is string => !!id))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "categories.handle",
          "cooperative.id",
          "cooperative.division_code",
          "cooperative.benefit_mechanisms",
          "cooperative.dividend_bps",
          "cooperative.collective_bps",
        ],
        filters: { id: productIds },
      })
    : { data: [] }
  const byProduct = new Map((products as unknown as ProductRow[]).map((p) => [p.id, p]))
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const overrides = productIds.length ? await cooperatives.listProductBenefits({ product_id: productIds }) : []
  const lots = variantIds.length
    ? ((await cooperatives.listLots(
        { variant_id: variantIds },
        { relations: ["contributions", "contributions.household"] },
      )) as unknown as LotRow[])
    : []
  const placedAt = new Date(order.created_at)

  const lines: LineFacts[] = []
  const otherLines: OrderFacts["other_lines"][number][] = []
  for (const item of order.items) {
    const product = item.product_id ? byProduct.get(item.product_id) : undefined
    const cooperative = product?.cooperative
    if (!product || !cooperative) {
      // Not relief goods (no cooperative behind it), but refunds of the order are shared with it.
      otherLines.push({ line_item_id: item.id, net_fen: lineSoldFen(item), quantity: Number(item.quantity) })
      continue
    }
    const config = effectiveConfig(
      cooperative,
      overrides.find((o) => o.product_id === product.id),
    )
    const contributions = lotContributions(
      lots.filter((l) => l.variant_id === item.variant_id),
      placedAt,
    )
    lines.push({
      line_item_id: item.id,
      product_id: item.product_id,
      variant_id: item.variant_id,
      cooperative_id: cooperative.id,
      division_code: cooperative.division_code,
      category: product.categories?.map((c) => c.handle).sort()[0] ?? null,
      net_fen: lineSoldFen(item),
      quantity: Number(item.quantity),
      quantity_g: Number(item.quantity) * (item.variant?.weight ?? 0),
      mechanism: contributions.list.length
        ? toMechanism(config, contributions.farmgate_fen_per_kg)
        : collectiveMechanism(config),
      contributions: contributions.list,
    })
  }

  const canceled = order.status === "canceled" || order.canceled_at !== null
  return {
    order_id: order.id,
    placed_at: placedAt,
    canceled_at: canceled ? new Date(order.canceled_at ?? order.updated_at) : null,
    channel: orderChannel(
      order.metadata,
      (order.customer?.groups ?? []).map((g) => g.name),
    ),
    live_session_id: stringOrNull(order.metadata?.live_session_id),
    host_id: stringOrNull(order.metadata?.host_id),
    lines,
    other_lines: otherLines,
    refunds: (order.payment_collections ?? [])
      .flatMap((pc) => pc.payments ?? [])
      .flatMap((p) => p.refunds ?? [])
      .map((r) => ({
        id: r.id,
        amount_fen: fen(r.amount),
        created_at: new Date(r.created_at),
        return: returnFacts(order.returns ?? [], returnIdOfRefund(r.metadata)),
      })),
  }
}

/** The units a return brings back: those received once it is (partly) received, those requested before. */
function returnFacts(returns: readonly ReturnRow[], returnId: string | null): ReturnFacts | null {
  const row = returnId ? returns.find((r) => r.id === returnId) : undefined
  if (!row || row.status === "canceled") return null // nothing came back: the refund is spread like any other
  const received = row.received_at !== null || row.status === "received" || row.status === "partially_received"
  return {
    id: row.id,
    items: (row.items ?? [])
      .map((i) => ({ line_item_id: i.item_id, quantity: Number(received ? i.received_quantity : i.quantity) }))
      .filter((i) => i.quantity > 0),
  }
}

/** The households behind a line: the contributions to the lot chosen for the sale day, as relief-core contributions. */
function lotContributions(
  lots: readonly LotRow[],
  placedAt: Date,
): { list: Contribution[]; farmgate_fen_per_kg: number | null } {
  const contributions = toLotContributions(chooseLot(lots, shanghaiDate(placedAt))?.contributions ?? [])
  return {
    list: contributions.map(({ farmgate_fen_per_kg: _, ...c }) => c),
    farmgate_fen_per_kg: weightedFarmgate(contributions),
  }
}

const stringOrNull = (v: unknown) => (typeof v === "string" && v ? v : null)
