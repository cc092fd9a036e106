import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fenToYuanString, yuanToFen } from "@fengshou/relief-core"
import type { CooperativeReturn } from "@fengshou/store-contract"
import { cooperativeProductIds } from "./cooperative-products"
import type { PortalLang } from "./line-titles"
import { readCooperativeReturns } from "./own-returns"

export type Refusal = { status: 400 | 404 | 409 | 422; message: string }
export type Planned<T> = { plan: T; refusal?: undefined } | { refusal: Refusal; plan?: undefined }

/** One return of the cooperative's own lines, or null (another cooperative's or unknown: not found alike). */
export async function readOwnReturn(
  container: MedusaContainer,
  cooperativeId: string,
  returnId: string,
  lang: PortalLang = "zh",
) {
  const productIds = await cooperativeProductIds(container, cooperativeId)
  const [found] = await readCooperativeReturns(container, productIds, { id: returnId }, lang)
  return found ?? null
}

const notFound = (id: string): Refusal => ({ status: 404, message: `Return ${id} was not found among your returns` })

/** The units to receive (all still outstanding when none are named), or why they cannot be received. */
export async function planReturnReceipt(
  container: MedusaContainer,
  cooperativeId: string,
  returnId: string,
  items?: { line_item_id: string; quantity: number }[],
): Promise<Planned<{ id: string; quantity: number }[]>> {
  const found = await readOwnReturn(container, cooperativeId, returnId)
  if (!found) return { refusal: notFound(returnId) }
  if (found.status !== "requested" && found.status !== "partially_received")
    return {
      refusal: {
        status: 409,
        message: `Return ${returnId} is ${found.status}; only a requested return can be received`,
      },
    }
  const outstanding = (i: CooperativeReturn["items"][number]) => i.quantity - i.received_quantity
  const wanted = items ?? found.items.map((i) => ({ line_item_id: i.line_item_id, quantity: outstanding(i) }))
  for (const w of wanted) {
    const line = found.items.find((i) => i.line_item_id === w.line_item_id)
    if (!line)
      return { refusal: { status: 400, message: `items: ${w.line_item_id} is not a line of return ${returnId}` } }
    if (w.quantity > outstanding(line))
      return {
        refusal: {
          status: 400,
          message: `items: ${w.line_item_id} has ${outstanding(line)} unit(s) left to receive, not ${w.quantity}`,
        },
      }
  }
  const plan = wanted.filter((w) => w.quantity > 0).map((w) => ({ id: w.line_item_id, quantity: w.quantity }))
  if (!plan.length) return { refusal: { status: 409, message: `Return ${returnId} has nothing left to receive` } }
  return { plan }
}

type PaymentRow = {
  payment_collections?: {
    payments?: { id: string; captures?: { amount: unknown }[] | null; refunds?: { amount: unknown }[] | null }[] | null
  }[]
}

/** The payment to refund and the amount in Medusa's unit (yuan), or why this refund is refused. */
export async function planReturnRefund(
  container: MedusaContainer,
  cooperativeId: string,
  returnId: string,
  amountFen: number,
): Promise<Planned<{ payment_id: string; amount: string; order_id: string }>> {
  const found = await readOwnReturn(container, cooperativeId, returnId)
  if (!found) return { refusal: notFound(returnId) }
  if (found.status === "requested" || found.status === "canceled" || !found.items.some((i) => i.received_quantity > 0))
    return {
      refusal: { status: 409, message: `Return ${returnId} is ${found.status}: receive the goods before refunding` },
    }
  if (amountFen > found.refundable_fen)
    return {
      refusal: {
        status: 422,
        message: `amount_fen ${amountFen} is more than the ${found.refundable_fen} fen (¥${fenToYuanString(found.refundable_fen)}) still refundable for return ${returnId}`,
      },
    }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.payments.id",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: found.order_id },
  })
  const sum = (rows: { amount: unknown }[] | null | undefined) =>
    (rows ?? []).reduce((s, r) => s + yuanToFen(String(r.amount)), 0)
  const payment = ((data[0] as PaymentRow | undefined)?.payment_collections ?? [])
    .flatMap((pc) => pc.payments ?? [])
    .find((p) => sum(p.captures) - sum(p.refunds) >= amountFen)
  if (!payment)
    return {
      refusal: {
        status: 409,
        message: `Order #${found.display_id} has no captured payment left to refund ${amountFen} fen from`,
      },
    }
  return { plan: { payment_id: payment.id, amount: fenToYuanString(amountFen), order_id: found.order_id } }
}
