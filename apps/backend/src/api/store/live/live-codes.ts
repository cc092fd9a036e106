import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

/** Every live price is a promotion whose code starts so (add-session-product); the prefix is all a payload needs. */
export const LIVE_CODE_PREFIX = "LIVE-"
/** What a store payload shows instead of a live code: the discount stays visible, the code that gives it does not. */
export const MASKED_LIVE_CODE = "LIVE"

const isLiveCode = (code: unknown): code is string =>
  typeof code === "string" && code.toUpperCase().startsWith(LIVE_CODE_PREFIX)

/**
 * A live price reaches a cart only through a host's link or session shelf (put-in-cart.ts), which stamps the cart with
 * the session and host. A live code typed by hand (POST /store/carts with promo_codes, or /store/carts/:id/promotions)
 * would give the price with no host, no session and no commission, so it is refused here; the completion hook
 * refuses any live line in an unstamped cart that got one some other way.
 */
export async function refuseLiveCodesByHand(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { promo_codes?: unknown }
  const codes = Array.isArray(body.promo_codes)
    ? body.promo_codes.filter((c): c is string => typeof c === "string")
    : []
  if (codes.length) {
    const live = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const offers = await live.listSessionProducts({ promo_code: codes.map((c) => c.trim().toUpperCase()) })
    if (offers.length || codes.some(isLiveCode)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Live prices come only with the host's cart link: open the link from the live stream (or scan its QR code) instead of typing the code.",
      )
    }
  }
  next()
}

/** Replaces live codes in a cart or order payload (its promotions and its lines' adjustments) with MASKED_LIVE_CODE. */
export function maskLiveCodes<T>(payload: T): T {
  const mask = (value: unknown): unknown => {
    // What res.json would write: Medusa's amounts are BigNumber objects and dates are Dates, both serialised by toJSON.
    const json = value as { toJSON?: () => unknown } | null
    if (json && typeof json === "object" && typeof json.toJSON === "function") value = json.toJSON()
    if (Array.isArray(value)) return value.map(mask)
    if (!value || typeof value !== "object") return value
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value))
      out[key] = key === "code" && isLiveCode(v) ? MASKED_LIVE_CODE : mask(v)
    return out
  }
  return mask(payload) as T
}

/** Store cart and order answers never carry a live code, whatever `fields` asks for (`*promotions`, adjustments). */
export function hideLiveCodes(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: unknown) => json(maskLiveCodes(body))) as typeof res.json
  next()
}
