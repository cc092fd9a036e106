// The held page's one-step checkout (#12 item 6, the express path): who may use it, and what its form starts from.
import "server-only"
import { toAddressFormValues, type AddressFormValues } from "@/lib/address/medusa-address"
import { getCurrentCart } from "@/lib/data/current-cart"
import { getCurrentCustomer } from "@/lib/data/current-customer"

export type ExpressForm = {
  /** Guests give an e-mail for the confirmation; signed-in shoppers have theirs. */
  askEmail: boolean
  /** The signed-in shopper's first saved address, else an empty form. */
  defaults: AddressFormValues
}

/**
 * The express path makes a cart of the link's items alone, so it is offered only to a shopper whose cart holds
 * nothing else: one with other items goes on through the cart, which keeps them (the held page's first button).
 */
export async function shopperCartHasItems(): Promise<boolean> {
  return ((await getCurrentCart())?.items?.length ?? 0) > 0
}

/** The held page's express form, or null when the shopper's cart already holds other items. */
export async function loadExpressForm(): Promise<ExpressForm | null> {
  const [busy, current] = await Promise.all([shopperCartHasItems(), getCurrentCustomer()])
  if (busy) return null
  return { askEmail: !current, defaults: toAddressFormValues(current?.customer.addresses?.[0] ?? null) }
}
