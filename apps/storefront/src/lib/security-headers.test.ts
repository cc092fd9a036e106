import { describe, expect, it } from "vitest"
import {
  contentSecurityPolicy,
  createNonce,
  hasLoopbackHost,
  imageRemotePatterns,
  isCachedCatalogPath,
  staticSecurityHeaders,
} from "./security-headers"

const directives = (csp: string) =>
  new Map(csp.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)] as const))

const base = { nonce: "bm9uY2U=", dev: false, backendUrls: ["http://localhost:9000"] }
const STRIPE_JS = ["https://js.stripe.com", "https://*.js.stripe.com"]

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, plus Stripe.js, and nothing inline or eval in production", () => {
    const scripts = directives(contentSecurityPolicy(base)).get("script-src")
    expect(scripts).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'", ...STRIPE_JS])
    expect(scripts).not.toContain("'unsafe-inline'")
  })

  it("on a cached catalog page (no nonce), allows this origin's and inline scripts, and no other host's but Stripe's", () => {
    const scripts = directives(contentSecurityPolicy({ ...base, nonce: null })).get("script-src")
    expect(scripts).toEqual(["'self'", "'unsafe-inline'", ...STRIPE_JS])
    // 'strict-dynamic' without a nonce would switch off 'self' and 'unsafe-inline', and with them every script.
    expect(scripts).not.toContain("'strict-dynamic'")
  })

  it("keeps every other directive the same with or without a nonce", () => {
    const withNonce = directives(contentSecurityPolicy(base))
    const cached = directives(contentSecurityPolicy({ ...base, nonce: null }))
    withNonce.delete("script-src")
    cached.delete("script-src")
    expect(cached).toEqual(withNonce)
  })

  it("adds eval in development only", () => {
    expect(directives(contentSecurityPolicy({ ...base, dev: true })).get("script-src")).toContain("'unsafe-eval'")
  })

  it("lets the browser reach the backend and show its images, by origin", () => {
    const backendUrls = ["https://api.example.cn/store", undefined, "https://api.example.cn"]
    const csp = directives(contentSecurityPolicy({ ...base, backendUrls }))
    expect(csp.get("connect-src")).toEqual(["'self'", "https://api.example.cn", "https://api.stripe.com"])
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://api.example.cn", "https://*.stripe.com"])
  })

  it("keeps a server-only backend address next to the browser's", () => {
    const backendUrls = ["http://localhost:9000", "http://backend:9000"]
    const csp = directives(contentSecurityPolicy({ ...base, backendUrls }))
    expect(csp.get("connect-src")).toEqual(["'self'", ...backendUrls, "https://api.stripe.com"])
  })

  it("frames only Stripe, and cannot be framed, nor get plugins, a foreign base or foreign form targets", () => {
    const csp = directives(contentSecurityPolicy(base))
    expect(csp.get("default-src")).toEqual(["'self'"])
    expect(csp.get("frame-src")).toEqual([...STRIPE_JS, "https://hooks.stripe.com"])
    expect(csp.get("frame-ancestors")).toEqual(["'none'"])
    expect(csp.get("object-src")).toEqual(["'none'"])
    expect(csp.get("base-uri")).toEqual(["'self'"])
    expect(csp.get("form-action")).toEqual(["'self'"])
  })

  it("puts no nonce on styles, which would switch off the inline style attributes React renders", () => {
    expect(directives(contentSecurityPolicy(base)).get("style-src")).toEqual(["'self'", "'unsafe-inline'"])
  })
})

describe("isCachedCatalogPath", () => {
  it.each([
    "/",
    "/en",
    "/en/",
    "/products",
    "/en/products/",
    "/products/changsheng-millet",
    "/categories/mushrooms",
    "/cooperatives",
    "/en/cooperatives/beima",
    "/trace/C8KVWM731BT1XVX2",
  ])("%s is a catalog page served from the cache", (path) => expect(isCachedCatalogPath(path)).toBe(true))

  it.each([
    "/cart",
    "/en/checkout",
    "/account",
    "/search",
    "/trace",
    "/l/ABC123",
    "/order/lookup",
    "/portal/cooperative",
    "/portal/cooperative/products",
    "/categories",
    "/categories/mushrooms/_filtered",
    "/products/changsheng-millet/reviews",
    "/enx",
    "/en/en/products",
    "/zh-CN/products",
  ])("%s is rendered per request, with a nonce", (path) => expect(isCachedCatalogPath(path)).toBe(false))
})

describe("createNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16)
  })
})

describe("staticSecurityHeaders", () => {
  const asObject = (production: boolean) =>
    Object.fromEntries(staticSecurityHeaders({ production }).map(({ key, value }) => [key, value]))

  it("denies framing and sniffing, trims the referrer and switches off camera, microphone and location", () => {
    const headers = asObject(true)
    expect(headers["X-Frame-Options"]).toBe("DENY")
    expect(headers["X-Content-Type-Options"]).toBe("nosniff")
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin")
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/)
    expect(headers["Permissions-Policy"]).not.toMatch(/payment/)
  })

  it("sends HSTS in production only", () => {
    expect(asObject(true)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/)
    expect(asObject(false)).not.toHaveProperty("Strict-Transport-Security")
  })
})

describe("imageRemotePatterns", () => {
  it("lets the optimizer fetch from each backend origin once, and from a bucket under its path only", () => {
    expect(
      imageRemotePatterns([
        "http://localhost:9000",
        "http://localhost:9100/",
        undefined,
        " ",
        "https://files.example.cn/fengshou/",
        "http://minio.internal:9002/fengshou",
      ]),
    ).toEqual([
      // Any port on this machine: a build made for :9000 also serves the e2e stack's :9100.
      { protocol: "http", hostname: "localhost", pathname: "/**" },
      { protocol: "https", hostname: "files.example.cn", port: "", pathname: "/fengshou/**" },
      { protocol: "http", hostname: "minio.internal", port: "9002", pathname: "/fengshou/**" },
    ])
  })

  it("allows local addresses only when a backend is on this machine", () => {
    expect(hasLoopbackHost(["http://localhost:9000"])).toBe(true)
    expect(hasLoopbackHost(["https://api.example.cn", "http://127.0.0.1:9000"])).toBe(true)
    expect(hasLoopbackHost(["http://[::1]:9000"])).toBe(true)
    expect(hasLoopbackHost(["https://api.example.cn", undefined, "http://backend:9000"])).toBe(false)
  })
})
