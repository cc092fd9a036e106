// A cart link, /l/<code> (the proxy serves it under every locale, `/` being Chinese). Opening it (GET) only holds the
// link's units (库存预扣) under the shopper's hold token and shows them on /l/<code>/held with a countdown: no cart is
// made at the click, so a flash sale's thousand clicks are answered at once (opened again once the shopper's cart
// holds them, it goes to the cart). Going on from that page (POST) puts the
// held units into the shopper's cart at the live price and sends them to the cart. Route handlers, not pages, because
// both set cookies; when the link cannot sell, they hand over to a page that explains why (404 for an unknown code).
import { hasLocale } from "next-intl"
import { getPathname } from "@/i18n/navigation"
import { routing, type Locale } from "@/i18n/routing"
import { holdLink, linkToCart } from "@/lib/data/live-server"
import { BackendUnavailableError } from "@/lib/medusa"
import { getCartId, getCustomerToken, getLiveHoldToken, setCartId, setLiveHoldToken } from "@/lib/session"
import { StoreApiError } from "@/lib/store-fetch"
import { holdSecondsLeft } from "@/lib/view/live-hold"

type Context = { params: Promise<{ locale: string; code: string }> }

const CODE = /^[A-Za-z0-9_-]{1,64}$/

function seeOther(href: string, locale: Locale): Response {
  // Relative, so it stays on whatever host and scheme the shopper used; never cached, since it differs per shopper.
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

/** The link's code and locale, or where to send a code that cannot be one. */
async function linkOf(context: Context) {
  const { locale: requested, code } = await context.params
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const path = `/l/${encodeURIComponent(code)}`
  return { code, locale, path, valid: CODE.test(code) }
}

/**
 * The page reads the link again and says what happened: unknown, expired, ended, not started, sold out, or down. Sold
 * out and the shopper's limit are answered by the click's hold and may not show on a re-read (the last units held by
 * other shoppers, this shopper's share already taken), so the page is told.
 */
function unavailable(error: unknown, path: string, locale: Locale): Response {
  if (error instanceof StoreApiError) return seeOther(`${path}/unavailable${claimQuery(error.code)}`, locale)
  if (error instanceof BackendUnavailableError) return seeOther(`${path}/unavailable`, locale)
  throw error
}

export async function GET(_request: Request, context: Context): Promise<Response> {
  const { code, locale, path, valid } = await linkOf(context)
  if (!valid) return seeOther(`${path}/unavailable`, locale)
  try {
    const [token, cartId, customerToken] = await Promise.all([getLiveHoldToken(), getCartId(), getCustomerToken()])
    const held = await holdLink(code, { token, cartId, customerToken })
    // Opened again after going on: the cart already holds all of it, and shows it counting down.
    if (held.in_cart) return seeOther("/cart", locale)
    await setLiveHoldToken(held.hold_token, holdSecondsLeft(held.holds, held.now))
    return seeOther(`${path}/held`, locale)
  } catch (error) {
    return unavailable(error, path, locale)
  }
}

export async function POST(_request: Request, context: Context): Promise<Response> {
  const { code, locale, path, valid } = await linkOf(context)
  if (!valid) return seeOther(`${path}/unavailable`, locale)
  // Without the token (another site's form: the cookie is SameSite=Lax) nothing is moved: the shopper opens the link.
  const token = await getLiveHoldToken()
  if (!token) return seeOther(path, locale)
  try {
    const [cartId, customerToken] = await Promise.all([getCartId(), getCustomerToken()])
    const { cart_id } = await linkToCart(code, token, { cartId, locale, customerToken })
    // A new cart (the cookie's was gone or already paid) was made in the shopper's language and as theirs.
    if (cart_id !== cartId) await setCartId(cart_id)
    return seeOther("/cart", locale)
  } catch (error) {
    return unavailable(error, path, locale)
  }
}
