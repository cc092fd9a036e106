import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { RELIEF_LEDGER_MODULE } from "../../../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../../../modules/relief-ledger/service"

type OrderServiceWithItems = { listOrderItems(filters: object, config: object): Promise<{ order_id: string }[]> }

/**
 * The orders and order lines that touch a region: lines the ledger wrote with a village code in the region, and
 * lines of products whose cooperative is in the region (so an order the ledger missed entirely is found too).
 * `whole` holds the orders none of whose lines (in the ledger or in the order) lies outside the region.
 */
export async function scopeOrders(container: MedusaContainer, prefix: string) {
  const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
  const written = await ledger.listReliefLedgerEntries(
    { division_code: { $like: `${prefix}%` } },
    { select: ["order_id", "line_item_id"], take: null },
  )
  const lines = new Set(written.map((e) => e.line_item_id))
  const orderIds = new Set(written.map((e) => e.order_id))

  const cooperatives = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives({ division_code: { $like: `${prefix}%` } }, { select: ["id"], take: null })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = cooperatives.length
    ? await query.graph({
        entity: "cooperative",
        fields: ["products.id"],
        filters: { id: cooperatives.map((c) => c.id) },
      })
    : { data: [] }
  const productIds = (data as { products?: ({ id: string } | null)[] }[]).flatMap((c) =>
    (c.products ?? []).flatMap((p) => (p ? [p.id] : [])),
  )
  if (productIds.length) {
    const orders = container.resolve(Modules.ORDER)
    const items = await orders.listOrderLineItems({ product_id: productIds }, { select: ["id"], take: null })
    items.forEach((i) => lines.add(i.id))
    if (items.length) {
      const rows = await (orders as unknown as OrderServiceWithItems).listOrderItems(
        { item_id: items.map((i) => i.id) },
        { select: ["order_id"], take: null },
      )
      rows.forEach((r) => orderIds.add(r.order_id))
    }
  }

  const ids = [...orderIds]
  const partly = new Set<string>()
  if (ids.length) {
    for (const e of await ledger.listOrderEntries(ids)) if (!e.division_code.startsWith(prefix)) partly.add(e.order_id)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "items.id"], filters: { id: ids } })
    for (const order of orders as { id: string; items?: ({ id: string } | null)[] | null }[]) {
      if ((order.items ?? []).some((i) => i && !lines.has(i.id))) partly.add(order.id)
    }
  }
  return { orderIds: ids, lines, whole: new Set(ids.filter((id) => !partly.has(id))) }
}
