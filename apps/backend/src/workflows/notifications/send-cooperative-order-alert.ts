import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { env } from "../../env"
import { portalUrl } from "../../lib/email/links"
import type { EmailData } from "../../lib/email/render-email"

type OrderLines = {
  id: string
  display_id: number
  items: { product_id: string | null; variant_title: string | null; detail?: { quantity: unknown } | null }[] | null
  shipping_address: { city: string | null } | null
}
type ProductCooperative = {
  id: string
  title: string
  cooperative: { id: string; name_zh: string; staff: { id: string; email: string }[] | null } | null
}

/** One alert per staff member of each cooperative whose products the order holds, with its own lines only. */
export function planCooperativeAlerts(order: OrderLines, products: ProductCooperative[], consoleUrl: string) {
  const productOf = new Map(products.map((p) => [p.id, p]))
  type Cooperative = NonNullable<ProductCooperative["cooperative"]>
  type Lines = { cooperative: Cooperative; items: EmailData<"cooperative-new-order">["items"] }
  const lines = new Map<string, Lines>()
  for (const item of order.items ?? []) {
    const product = item.product_id ? productOf.get(item.product_id) : undefined
    const cooperative = product?.cooperative
    if (!product || !cooperative) continue
    const entry = lines.get(cooperative.id) ?? { cooperative, items: [] }
    const quantity = MathBN.convert((item.detail?.quantity ?? 0) as number).toNumber()
    // The product's own (Chinese) title: the line's title is in the shopper's language.
    entry.items.push({ title: product.title, variant: item.variant_title, quantity })
    lines.set(cooperative.id, entry)
  }
  return [...lines.values()].flatMap(({ cooperative, items }) =>
    (cooperative.staff ?? []).map((staff) => ({
      to: staff.email,
      channel: "email",
      template: "cooperative-new-order",
      trigger_type: "order.placed",
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: `cooperative-new-order:${order.id}:${staff.id}`,
      data: {
        locale: "zh-CN",
        cooperative_name: cooperative.name_zh,
        display_id: order.display_id,
        items,
        city: order.shipping_address?.city ?? null,
        console_url: consoleUrl,
      } satisfies EmailData<"cooperative-new-order">,
    })),
  )
}

/** Tells each cooperative's staff, in Chinese, that an order holds its products; once per order and person. */
export const sendCooperativeOrderAlertWorkflow = createWorkflow(
  "send-cooperative-order-alert",
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "shipping_address.city",
        "items.product_id",
        "items.variant_title",
        // The line's quantity lives on its detail (order_item); a bare items.quantity is only filled when the
        // order's totals are computed, which this read does not ask for.
        "items.detail.quantity",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const productIds = transform({ orders }, ({ orders }) => {
      const ids = ((orders[0] as unknown as OrderLines).items ?? []).flatMap((i) =>
        i.product_id ? [i.product_id] : [],
      )
      return [...new Set(ids)]
    })
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: [
        "id",
        "title",
        "cooperative.id",
        "cooperative.name_zh",
        "cooperative.staff.id",
        "cooperative.staff.email",
      ],
      filters: { id: productIds },
    }).config({ name: "read-order-product-cooperatives" })
    const notifications = transform({ orders, products }, ({ orders, products }) => {
      const consoleUrl = `${portalUrl(env.STOREFRONT_URL, "cooperative", "zh-CN")}/orders`
      const order = orders[0] as unknown as OrderLines
      return planCooperativeAlerts(order, products as unknown as ProductCooperative[], consoleUrl)
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  },
)
