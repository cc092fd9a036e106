import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderLookupBody, OrderLookupResponse } from "@fengshou/store-contract"
import { env } from "../../../env"
import { signOrderToken } from "../../../lib/orders/order-token"
import { readShopperOrder } from "../../../queries/orders/read-shopper-order"
import { normalizeMobile } from "../../../lib/phone"

// One answer for an unknown number and a wrong phone, so a guess learns nothing about which was wrong.
const NOT_FOUND =
  "No order has this number and phone. Check the order number in your confirmation and the mobile number the order ships to."

const MAX_DISPLAY_ID = 2_147_483_647

/** A guest finds an order by its number and the mobile it ships to, and gets a 24 h token for it. */
export async function POST(req: MedusaRequest<OrderLookupBody>, res: MedusaResponse<OrderLookupResponse>) {
  const { display_id, phone } = req.validatedBody
  // Order numbers are a 32-bit serial: a larger one would be a database error, not an answer.
  if (display_id > MAX_DISPLAY_ID) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "shipping_address.phone"],
    // The query types `medusa develop` generates call display_id a string; the column is the integer serial.
    filters: { display_id } as unknown as { display_id: string },
  })
  const found = data[0] as { id: string; shipping_address?: { phone?: string | null } | null } | undefined
  const stored = normalizeMobile(found?.shipping_address?.phone)
  if (!found || !stored || stored !== normalizeMobile(phone))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)
  const read = await readShopperOrder(req.scope, found.id)
  if (!read) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)
  res.json({ order: read.order, order_token: signOrderToken(found.id, env.JWT_SECRET) })
}
