import "server-only"
import { getEnv } from "@/env"
import { storeFetch } from "@/lib/store-fetch"

export type PaymentProvider = { id: string }
export type PaymentSession = { id: string; provider_id: string; data: Record<string, unknown> | null }

/** Providers enabled in the cart's region: pp_system_default today, pp_stripe_* once Stripe is configured. */
export async function listPaymentProviders(regionId: string): Promise<PaymentProvider[]> {
  const { payment_providers } = await storeFetch<{ payment_providers: PaymentProvider[] }>("/store/payment-providers", {
    query: { region_id: regionId, fields: "id" },
  })
  return payment_providers
}

/** Stripe's publishable key for the Payment Element; null when this storefront has none (Stripe is then not offered). */
export function stripePublishableKey(): string | null {
  return getEnv().STRIPE_PUBLISHABLE_KEY ?? null
}

type CollectionResponse = { payment_collection: { id: string; payment_sessions?: PaymentSession[] | null } }

/**
 * Starts a payment for the cart's current total with one provider and returns its session (for Stripe, its
 * `data.client_secret` feeds the Payment Element). Medusa replaces any earlier session of the collection.
 */
export async function initiatePaymentSession(
  cart: { id: string; payment_collection?: { id: string } | null },
  providerId: string,
): Promise<PaymentSession> {
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
