// Locale routing (next-intl: "/" is rewritten to the zh-CN tree, "/en/..." served as English) and the per-request
// Content-Security-Policy. No data fetching here.
import createMiddleware from "next-intl/middleware"
import { NextRequest, NextResponse } from "next/server"
import { getEnv } from "./env"
import { routing } from "./i18n/routing"
import { contentSecurityPolicy, createNonce, isCachedCatalogPath } from "./lib/security-headers"

const intl = createMiddleware(routing)

// The listings Next caches whole render no query; with one (the shopper's filters, sort or page) the request goes to
// the same listing's `_filtered` twin, rendered per request. The address bar keeps the URL the shopper asked for.
const LISTING = /^(?:\/en)?\/(?:products|categories\/[^/]+)\/?$/

export default function proxy(request: NextRequest) {
  const env = getEnv()
  const { pathname, search, searchParams } = request.nextUrl
  const cached = isCachedCatalogPath(pathname)
  const csp = contentSecurityPolicy({
    nonce: cached ? null : createNonce(),
    dev: env.NODE_ENV === "development",
    backendUrls: [env.MEDUSA_BROWSER_BACKEND_URL, env.MEDUSA_BACKEND_URL],
  })
  // Next reads the nonce from the request's CSP and puts it on every script it renders; those pages are rendered per
  // request (they read the session's cookies). next-intl passes these headers on.
  const headers = new Headers(request.headers)
  headers.set("content-security-policy", csp)
  // Only page loads are sent to the twin: a POST (a server action from the listing) keeps its body and its path.
  // `_rsc` only marks the App Router's own fetch of a page it navigates to; it is not a filter.
  const filtered =
    request.method === "GET" && LISTING.test(pathname) && [...searchParams.keys()].some((key) => key !== "_rsc")
  const twin = filtered ? new URL(`${pathname.replace(/\/$/, "")}/_filtered${search}`, request.url) : null
  let response = intl(new NextRequest(twin ?? request, { headers }))
  if (twin && !response.headers.has("x-middleware-rewrite") && !response.headers.has("location")) {
    // An /en path is not rewritten by next-intl (its locale is in the path already): send it to the twin here,
    // keeping what next-intl added (the request's locale header, the alternate links).
    const rewritten = NextResponse.rewrite(twin, { request: { headers } })
    response.headers.forEach((value, key) => {
      if (key !== "x-middleware-next" && !rewritten.headers.has(key)) rewritten.headers.set(key, value)
    })
    response = rewritten
  }
  // next-intl's alternate-language links name the URL it was given; a shopper's (and a crawler's) URL has no twin.
  const link = twin && response.headers.get("link")
  if (link) response.headers.set("link", link.replaceAll("/_filtered", ""))
  response.headers.set("Content-Security-Policy", csp)
  return response
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
