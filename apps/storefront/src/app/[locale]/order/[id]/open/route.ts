// The guest who just placed an order opens its after-sale page: the browser holds the last-order cookie, and the
// storefront has the order's number and mobile, so it asks POST /store/order-lookup for the token itself and keeps
// it in the order's cookie. A route handler because it sets a cookie; anyone else is sent to the lookup form.
import { hasLocale } from "next-intl"
import { getPathname } from "@/i18n/navigation"
import { routing, type Locale } from "@/i18n/routing"
import { lookupOrder } from "@/lib/data/order-status"
import { retrieveOrder } from "@/lib/data/orders"
import { BackendUnavailableError } from "@/lib/medusa"
import { getLastOrderId, setOrderToken } from "@/lib/session"
import { StoreApiError } from "@/lib/store-fetch"

type Context = { params: Promise<{ locale: string; id: string }> }

function seeOther(href: string, locale: Locale): Response {
  return new Response(null, {
    status: 303,
    headers: { location: getPathname({ href, locale }), "cache-control": "no-store" },
  })
}

async function fetchToken(orderId: string): Promise<boolean> {
  const order = await retrieveOrder(orderId)
  const phone = order?.shipping_address?.phone
  if (!order?.display_id || !phone) return false
  const { order_token } = await lookupOrder({ display_id: order.display_id, phone })
  await setOrderToken(order.id, order_token)
  return true
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale: requested, id } = await params
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  if ((await getLastOrderId()) !== id) return seeOther("/order/lookup", locale)
  try {
    if (await fetchToken(id)) return seeOther(`/order/${encodeURIComponent(id)}`, locale)
  } catch (error) {
    // Throttled, refused or down: the lookup form lets the shopper try by hand and says why.
    if (!(error instanceof StoreApiError || error instanceof BackendUnavailableError)) throw error
    console.warn(`[storefront] order token for ${id} failed: ${error.message}`)
  }
  return seeOther("/order/lookup", locale)
}
