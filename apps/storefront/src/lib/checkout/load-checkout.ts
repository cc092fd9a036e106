// Everything the checkout page shows, read on the server from the cart cookie (and the customer cookie).
import "server-only"
import {
  toAddressFormValues,
  toAddressView,
  type AddressFormValues,
  type AddressView,
  type SavedAddressOption,
} from "@/lib/address/medusa-address"
import { getCurrentCart } from "@/lib/data/current-cart"
import { getCurrentCustomer } from "@/lib/data/current-customer"
import { listPaymentProviders } from "@/lib/data/payment"
import { shippingOffered } from "@/lib/data/shipping"
import { toCartView, type CartView } from "@/lib/view/cart"
import { coversEveryGroup, groupByProfile, initialSelection, type ShippingGroup } from "@/lib/view/shipping"

export type CheckoutProps = {
  /** The cart as this read found it, for the summary (and the tab's cart store, which may not have seen it yet). */
  cart: CartView
  address: { saved: AddressView | null; defaults: AddressFormValues; savedAddresses: SavedAddressOption[] }
  customerEmail: string | null
  guestEmail: string
  shipping: { groups: ShippingGroup[]; initial: Record<string, string>; done: boolean }
  providerIds: string[]
}

/** The checkout's props, or null when there is no cart with items to check out. */
export async function loadCheckout(): Promise<CheckoutProps | null> {
  const cart = await getCurrentCart()
  if (!cart?.items?.length || !cart.region_id) return null
  // Delivery opens once the address is saved, and what it offers depends on it: without one, nothing is listed (each
  // listing prices every option for the cart in Medusa; one of the last minute for the same goods and address is
  // used again).
  const [current, options, providers] = await Promise.all([
    getCurrentCustomer(),
    cart.shipping_address?.address_1 ? shippingOffered(cart) : [],
    listPaymentProviders(cart.region_id),
  ])
  const view = toCartView(cart)
  const groups = groupByProfile(options)
  const savedAddresses = (current?.customer.addresses ?? []).map((address) => {
    const shown = toAddressView(address)
    return {
      id: address.id,
      label: `${shown.name} ${shown.region} ${shown.street}`,
      values: toAddressFormValues(address),
    }
  })
  return {
    cart: view,
    address: {
      saved: view.shippingAddress,
      // The cart's own address first, else the customer's first saved one, else an empty form.
      defaults: cart.shipping_address?.address_1
        ? toAddressFormValues(cart.shipping_address)
        : (savedAddresses[0]?.values ?? toAddressFormValues(null)),
      savedAddresses,
    },
    customerEmail: current?.customer.email ?? null,
    guestEmail: cart.email ?? "",
    shipping: {
      groups,
      initial: initialSelection(groups, view.shippingOptionIds),
      done: view.shippingAddress !== null && coversEveryGroup(groups, view.shippingOptionIds),
    },
    providerIds: providers.map((p) => p.id),
  }
}
