// A cart link, /l/<code> (the proxy serves it under every locale, `/` being Chinese): puts the link's items into the
// shopper's cart at the live price and sends them to the cart. A route handler, not a page, because it must set the
// cart cookie; when the link cannot sell, it hands over to a page that explains why (404 for an unknown code).
import { hasLocale } from "next-intl"
import { getPathname } from "@/i18n/navigation"
import { routing, type Locale } from "@/i18n/routing"
import { linkToCart } from "@/lib/data/live-server"
import { adoptCart, usableCartId } from "@/lib/live/adopt-cart"
import { BackendUnavailableError } from "@/lib/medusa"
import { getCartId } from "@/lib/session"
import { StoreApiError } from "@/lib/store-fetch"

type Context = { params: Promise<{ locale: string; code: string }> }

const CODE = /^[A-Za-z0-9_-]{1,64}$/

function seeOther(href: string, locale: Locale): Response {
  // Relative, so it stays on whatever host and scheme the shopper used; never cached, since it differs per cart.
  return new Response(null, {
    status: 303,
    headers: { location: getPathname({ href, locale }), "cache-control": "no-store" },
  })
}

function claimQuery(code: string | undefined): string {
  if (code === "sold_out") return "?claim=sold_out"
  if (code === "live_limit_reached") return "?claim=limit_reached"
  return ""
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale: requested, code } = await params
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const unavailable = `/l/${encodeURIComponent(code)}/unavailable`
  if (!CODE.test(code)) return seeOther(unavailable, locale)
  try {
    const previousId = await usableCartId(await getCartId())
    const { cart_id } = await linkToCart(code, previousId)
    await adoptCart(cart_id, previousId, locale)
    return seeOther("/cart", locale)
  } catch (error) {
    // The page reads the link again and says what happened: unknown, expired, ended, not started, sold out, or down.
    // Sold out and the shopper's limit are answered by the click's claim (库存预扣) and may not show on a re-read (the
    // last units held in other carts, this shopper's share already taken), so the page is told.
    if (error instanceof StoreApiError) return seeOther(`${unavailable}${claimQuery(error.code)}`, locale)
    if (error instanceof BackendUnavailableError) return seeOther(unavailable, locale)
    throw error
  }
}
