import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fenToYuanString, yuanToFen } from "@fengshou/relief-core"

type Money = number | string | null | undefined
type Row = {
  payment_collections?: {
    payments?:
      | {
          id: string
          amount: Money
          captured_at: string | Date | null
          canceled_at: string | Date | null
          captures?: { amount: Money }[] | null
        }[]
      | null
  }[]
}
const fen = (m: Money) => (m === null || m === undefined ? 0 : yuanToFen(String(m)))

/**
 * The order's payment still only authorized (Medusa's system provider in development and the e2e; Stripe captures at
 * payment) and what is left of it to capture, in yuan; null when none.
 */
export const planDueCaptureStep = createStep("plan-due-capture", async (orderId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderId },
  })
  const uncaptured = (p: { amount: Money; captures?: { amount: Money }[] | null }) =>
    fen(p.amount) - (p.captures ?? []).reduce((s, c) => s + fen(c.amount), 0)
  const payment = ((data[0] as Row | undefined)?.payment_collections ?? [])
    .flatMap((pc) => pc.payments ?? [])
    .find((p) => !p.canceled_at && !p.captured_at && uncaptured(p) > 0)
  return new StepResponse(payment ? { payment_id: payment.id, amount: fenToYuanString(uncaptured(payment)) } : null)
})
