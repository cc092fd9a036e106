import "server-only"
import { yuanToFen } from "@fengshou/relief-core"
import { getEnv } from "@/env"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { storeGet } from "@/lib/medusa"
import { storeFetch } from "@/lib/store-fetch"

export type PaymentProvider = { id: string }
export type PaymentSession = { id: string; provider_id: string; data: Record<string, unknown> | null }

/**
 * Providers enabled in the cart's region: pp_system_default today, pp_stripe_* once Stripe is configured. The same for
 * every shopper and changed only by an operator, so kept like the region itself (60 s): the checkout asked for them
 * three or four times per order.
 */
export async function listPaymentProviders(regionId: string): Promise<PaymentProvider[]> {
  const { payment_providers } = await storeGet<{ payment_providers: PaymentProvider[] }>("/store/payment-providers", {
    query: { region_id: regionId, fields: "id" },
    tags: [CACHE_TAGS.regions],
  })
  return payment_providers
}

/** Stripe's publishable key for the Payment Element; null when this storefront has none (Stripe is then not offered). */
export function stripePublishableKey(): string | null {
  return getEnv().STRIPE_PUBLISHABLE_KEY ?? null
}

type CollectionResponse = { payment_collection: { id: string; payment_sessions?: PaymentSession[] | null } }
/** A session as the cart read shows it (lib/data/cart.ts): its state and the amount it was started for. */
export type StartedPaymentSession = PaymentSession & { status?: string | null; amount?: number | string | null }

/**
 * Starts a payment for the cart's current total with one provider and returns its session (for Stripe, its
 * `data.client_secret` feeds the Payment Element). Medusa replaces any earlier session of the collection. A pending
 * session of that provider for exactly the cart's total (the live express path starts one; Medusa drops a cart's
 * sessions whenever its total changes) is returned as it is, without starting another.
 */
export async function initiatePaymentSession(
  cart: {
    id: string
    total?: number | string | null
    payment_collection?: { id: string; payment_sessions?: StartedPaymentSession[] | null } | null
  },
  providerId: string,
): Promise<PaymentSession> {
  const started = cart.payment_collection?.payment_sessions?.find(
    (s) =>
      s.provider_id === providerId &&
      s.status === "pending" &&
      cart.total != null &&
      s.amount != null &&
      yuanToFen(s.amount) === yuanToFen(cart.total),
  )
  if (started) return { id: started.id, provider_id: started.provider_id, data: started.data }
  const collectionId =
    cart.payment_collection?.id ??
    (await storeFetch<CollectionResponse>("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } }))
      .payment_collection.id
  const { payment_collection } = await storeFetch<CollectionResponse>(
    `/store/payment-collections/${encodeURIComponent(collectionId)}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId } },
  )
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
  if (!session) throw new Error(`Medusa started no ${providerId} session`)
  return session
}
