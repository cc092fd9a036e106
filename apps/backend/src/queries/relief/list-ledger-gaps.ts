import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelSource, refundSource, saleSource } from "../../lib/relief/plan-order-entries"
import { RELIEF_LEDGER_MODULE } from "../../modules/relief-ledger"
import type ReliefLedgerModuleService from "../../modules/relief-ledger/service"
import { listRecentOrderIds } from "../orders/list-recent-order-ids"

type OrderRow = {
  id: string
  status: string
  canceled_at: string | Date | null
  payment_collections?: { payments?: { refunds?: { id: string }[] | null }[] | null }[] | null
}

const PAGE = 500

/**
 * Orders placed, changed or refunded since `since` whose ledger lacks the entries of one of their events: no sale,
 * a cancellation or a refund with no entries. It reads only ids, statuses and the ledger's source events (a few
 * queries per 500 orders), so it is cheap when nothing is missing; reconciliation then looks at these orders in
 * full. An order with no relief goods is listed every time and writes nothing; a refund that takes nothing from an
 * order's relief lines (shipping only, or a non-relief line's) writes one zero entry, so it is listed once.
 */
export async function listLedgerGaps(
  container: MedusaContainer,
  since: Date,
): Promise<{ checked: number; order_ids: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger = container.resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
  const ids = await listRecentOrderIds(container, since)
  const gaps: string[] = []
  for (let i = 0; i < ids.length; i += PAGE) {
    const page = ids.slice(i, i + PAGE)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "canceled_at", "payment_collections.payments.refunds.id"],
      filters: { id: page },
    })
    const sources = await ledger.listOrderSources(page)
    for (const order of data as unknown as OrderRow[]) {
      const has = sources.get(order.id) ?? new Set<string>()
      const refundIds = (order.payment_collections ?? [])
        .flatMap((pc) => pc.payments ?? [])
        .flatMap((p) => p.refunds ?? [])
        .map((r) => r.id)
      const canceled = order.status === "canceled" || order.canceled_at !== null
      const missing =
        !has.has(saleSource(order.id)) ||
        (canceled && !has.has(cancelSource(order.id))) ||
        refundIds.some((id) => !has.has(refundSource(id)))
      if (missing) gaps.push(order.id)
    }
  }
  return { checked: ids.length, order_ids: gaps }
}
