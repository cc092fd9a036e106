import type { LinkExpressBody, LiveExpressResponse } from "@fengshou/live-contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { shipExpressCartWorkflow } from "../../../../../../workflows/livestream/shopper/ship-express-cart"

type Payment = Omit<LiveExpressResponse, "cart_id" | "session_id" | "holds">

const SYSTEM_PROVIDER = "pp_system_default"
const toFen = (amount: unknown) => Math.round(Number(amount) * 100)

/**
 * Takes a filled cart (its email and address came with its creation, in putInCart) to the point where the shopper
 * only pays: the Medusa workflows the storefront runs through its store routes (shipping options and methods,
 * payment collection, payment session), run here in one request without the HTTP, auth and response-shaping work of
 * each, without a second whole-cart recalculation for the address, and with the shipping methods chosen and added by
 * shipExpressCartWorkflow (the options listed and priced once, not three times as the store routes' way does).
 */
export async function readyToPay(scope: MedusaContainer, cartId: string, body: LinkExpressBody): Promise<Payment> {
  const providerId = await chooseProvider(scope, cartId, body.provider_id)
  const {
    result: { shipping_option_ids },
  } = await shipExpressCartWorkflow(scope).run({
    input: { cart_id: cartId, shipping_option_id: body.shipping_option_id },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(scope).run({
    input: { cart_id: cartId },
  })
  const { result: session } = await createPaymentSessionsWorkflow(scope).run({
    input: { payment_collection_id: collection.id, provider_id: providerId },
  })
  return {
    total_fen: toFen(collection.amount),
    shipping_option_ids,
    payment_collection: {
      id: collection.id,
      amount_fen: toFen(collection.amount),
      currency_code: collection.currency_code,
    },
    payment_session: {
      id: session.id,
      provider_id: session.provider_id,
      data: (session.data as Record<string, unknown> | null) ?? null,
    },
  }
}

/** The shopper's provider if the cart's region offers it; else the system provider if offered; else the first. */
async function chooseProvider(scope: MedusaContainer, cartId: string, wanted?: string): Promise<string> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["region.payment_providers.id", "region.payment_providers.is_enabled"],
    filters: { id: cartId },
  })
  const providers = ((data[0]?.region?.payment_providers ?? []) as { id: string; is_enabled: boolean }[])
    .filter((p) => p?.is_enabled)
    .map((p) => p.id)
  if (wanted && !providers.includes(wanted)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `provider_id ${wanted} is not offered in this region; use one of ${providers.join(", ") || "(none)"} or leave it out.`,
    )
  }
  const chosen = wanted ?? (providers.includes(SYSTEM_PROVIDER) ? SYSTEM_PROVIDER : providers[0])
  if (!chosen) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This store takes no payment in your region yet.")
  return chosen
}
