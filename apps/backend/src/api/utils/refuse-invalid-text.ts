import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findInvalidText, textProblem } from "../../lib/invalid-text"

const invalid = (path: string, message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${path}: ${message}`)

/** 400 naming the field when the path, query or body carries text PostgreSQL would refuse (NUL, other control
 * characters, lone surrogates), before any validator or write sees it. */
export function refuseInvalidText(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  let path: string
  try {
    // req.path is relative to the middleware's mount point; the whole path is in originalUrl
    path = decodeURIComponent((req.originalUrl ?? req.url).split("?")[0] ?? "")
  } catch {
    return next(invalid("path", "is not valid percent-encoded UTF-8"))
  }
  const inPath = textProblem(path)
  if (inPath) return next(invalid("path", inPath))
  const found = findInvalidText(req.query, "query") ?? findInvalidText(req.body)
  if (found) return next(invalid(found.path, found.message))
  next()
}

/** Our own route prefixes; /store/products is ours through the cooperative link's fields. */
export const OWN_ROUTE_PREFIXES = [
  "/cooperative",
  "/host",
  "/official",
  "/admin/cooperatives",
  "/admin/hosts",
  "/admin/officials",
  "/admin/relief",
  "/store/cooperatives",
  "/store/trace",
  "/store/impact",
  "/store/live",
  "/store/search",
  "/store/products",
] as const

/** Wildcard matchers run before the static ones, so the guard comes before every route's own validators. */
export const invalidTextRoutes: MiddlewareRoute[] = OWN_ROUTE_PREFIXES.map((prefix) => ({
  matcher: `${prefix}*`,
  middlewares: [refuseInvalidText],
}))
