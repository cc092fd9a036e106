// The storefront's security headers, as pure functions so they can be tested apart from Next. The
// Content-Security-Policy is set by src/proxy.ts (a fresh nonce per request, or none on the catalog pages served
// from the cache); the headers that never change are set by next.config.ts on every response, assets and API routes
// included. No "server-only" here: next.config.ts imports this file.

// Stripe.js and the frames of its Payment Element (https://docs.stripe.com/security/guide#content-security-policy).
const STRIPE_SCRIPTS = ["https://js.stripe.com", "https://*.js.stripe.com"]
const STRIPE_FRAMES = [...STRIPE_SCRIPTS, "https://hooks.stripe.com"]
const STRIPE_API = ["https://api.stripe.com"]
const STRIPE_IMAGES = ["https://*.stripe.com"]
// React's debugging in `next dev` reconstructs server stacks with eval; never in a production build.
const DEV_SCRIPTS = ["'unsafe-eval'"]

export type CspOptions = {
  /**
   * Fresh for every request, base64; Next puts it on its own scripts when it finds it in the request's CSP. Null on
   * the catalog pages Next serves whole from its cache (`isCachedCatalogPath`): their HTML was rendered once for
   * everyone, so it carries no nonce, and the App Router's inline flight scripts are allowed as inline scripts.
   */
  nonce: string | null
  /** `next dev`: allows eval for React's debugging and refresh. */
  dev: boolean
  /** Where the browser (and product images) reach the Medusa backend: full URLs, only their origins are kept. */
  backendUrls: readonly (string | undefined)[]
}

/** One header value, directive by directive. */
export function contentSecurityPolicy({ nonce, dev, backendUrls }: CspOptions): string {
  const backend = [...new Set(backendUrls.filter((url): url is string => !!url).map((url) => new URL(url).origin))]
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // With a nonce, a CSP3 browser trusts the nonce'd scripts and what they load ('strict-dynamic': Next's chunks,
    // Stripe.js added by loadStripe) and ignores the host list; an older one falls back to 'self' and Stripe's hosts.
    // Without one (a cached catalog page), scripts come from this origin or are inline: no other host's script runs.
    [
      "script-src",
      "'self'",
      ...(nonce === null ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`, "'strict-dynamic'"]),
      ...STRIPE_SCRIPTS,
      ...(dev ? DEV_SCRIPTS : []),
    ],
    // React renders style attributes (bars, galleries) that no nonce can cover; a nonce here would also switch
    // 'unsafe-inline' off. Styles cannot run code, scripts stay strict.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...backend, ...STRIPE_IMAGES],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...backend, ...STRIPE_API],
    ["frame-src", ...STRIPE_FRAMES],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ]
  return directives.map((directive) => directive.join(" ")).join("; ")
}

// The catalog pages Next serves whole from its cache (`dynamic = "force-static"`, and the proxy's CSP without a
// nonce): home, the listings, product pages, the cooperatives and the trace pages, in either language. A listing with a query (the
// shopper's filters) is rendered per request by its `_filtered` twin, still under this policy. Nothing here reads a
// cookie or a request header: the cart count and stock are the browser's own reads.
const CACHED_CATALOG =
  /^(?:\/en)?(?:\/|\/products(?:\/[^/]+)?|\/categories\/[^/]+|\/cooperatives(?:\/[^/]+)?|\/trace\/[^/]+)\/?$/

/** Whether a page path (as the browser asked for it) is one of the catalog pages served from Next's cache. */
export const isCachedCatalogPath = (pathname: string) => pathname === "/en" || CACHED_CATALOG.test(pathname)

/** A nonce of 128 random bits, base64 as CSP wants it. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

/** The headers that are the same on every response; HSTS only in production, so `next dev` over http is left alone. */
export function staticSecurityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // `payment` stays allowed: the Payment Element's wallets use the Payment Request API.
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ]
}

// Product photos are served by the backend (the File Module's local provider, under /static) or an S3-compatible
// bucket. next/image's optimizer fetches them from this server, so it may fetch only from these origins; the
// browser's own loads (unoptimized SVGs) are allowed by the CSP's img-src above, built from the same backend URLs.
export type ImageRemotePattern = { protocol: "http" | "https"; hostname: string; port?: string; pathname: string }

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/

/**
 * One pattern per distinct origin (path prefix kept, e.g. a bucket's /fengshou), blanks skipped. On this machine any
 * port is let in: the images config is fixed at build time, and the e2e stack or a second dev backend runs the same
 * build against another port (9100, 9300) than the one it was built for.
 */
export function imageRemotePatterns(urls: readonly (string | undefined)[]): ImageRemotePattern[] {
  const patterns = new Map<string, ImageRemotePattern>()
  for (const raw of urls) {
    if (!raw?.trim()) continue
    const url = new URL(raw.trim())
    const protocol = url.protocol === "https:" ? "https" : "http"
    const pathname = `${url.pathname.replace(/\/+$/, "")}/**`
    const port = LOOPBACK.test(url.hostname) ? {} : { port: url.port }
    const key = `${protocol}://${url.hostname}:${"port" in port ? port.port : "*"}${pathname}`
    patterns.set(key, { protocol, hostname: url.hostname, ...port, pathname })
  }
  return [...patterns.values()]
}

/** Whether any of these URLs is on this machine (a dev or CI backend), where the optimizer must be let in. */
export const hasLoopbackHost = (urls: readonly (string | undefined)[]) =>
  urls.some((url) => !!url?.trim() && LOOPBACK.test(new URL(url.trim()).hostname))
