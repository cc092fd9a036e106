// Locale routing (next-intl: "/" is rewritten to the zh-CN tree, "/en/..." served as English) and the per-request
// Content-Security-Policy. No data fetching here.
import createMiddleware from "next-intl/middleware"
import { NextRequest } from "next/server"
import { getEnv } from "./env"
import { routing } from "./i18n/routing"
import { contentSecurityPolicy, createNonce } from "./lib/security-headers"

const intl = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  const env = getEnv()
  const csp = contentSecurityPolicy({
    nonce: createNonce(),
    dev: env.NODE_ENV === "development",
    backendUrls: [env.MEDUSA_BROWSER_BACKEND_URL, env.MEDUSA_BACKEND_URL],
  })
  // Next reads the nonce from the request's CSP and puts it on every script it renders (every page is rendered
  // per request anyway: the locale layout reads the cart cookie). next-intl passes these headers on.
  const headers = new Headers(request.headers)
  headers.set("content-security-policy", csp)
  const response = intl(new NextRequest(request, { headers }))
  response.headers.set("Content-Security-Policy", csp)
  return response
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
