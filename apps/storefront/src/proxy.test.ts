import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import proxy from "./proxy"

const BASE = "http://localhost:8000"

function run(path: string, init?: { method?: string }) {
  const response = proxy(new NextRequest(`${BASE}${path}`, init))
  const rewrite = response.headers.get("x-middleware-rewrite")
  const scripts =
    response.headers
      .get("content-security-policy")
      ?.split("; ")
      .find((directive) => directive.startsWith("script-src ")) ?? ""
  return { rewrite: rewrite && rewrite.replace(BASE, ""), scripts }
}

describe("proxy", () => {
  it.each([
    ["/", "/zh-CN"],
    ["/en", "/en"],
    ["/products/changsheng-millet", "/zh-CN/products/changsheng-millet"],
    ["/en/categories/mushrooms", "/en/categories/mushrooms"],
  ])("serves the catalog page %s from its cached route, under the CSP without a nonce", (path, route) => {
    const { rewrite, scripts } = run(path)
    // An /en path needs no rewrite: its locale is in the path.
    expect(rewrite ?? new URL(`${BASE}${path}`).pathname).toBe(route)
    expect(scripts).toContain("'unsafe-inline'")
    expect(scripts).not.toMatch(/'nonce-|'strict-dynamic'/)
  })

  it.each([
    ["/categories/mushrooms?sort=price_asc", "/zh-CN/categories/mushrooms/_filtered?sort=price_asc"],
    ["/en/products?min=30&max=100", "/en/products/_filtered?min=30&max=100"],
    ["/products/?sort=newest", "/zh-CN/products/_filtered?sort=newest"],
  ])("sends the listing with a query %s to its twin rendered per request", (path, route) => {
    const { rewrite, scripts } = run(path)
    expect(rewrite).toBe(route)
    expect(scripts).toContain("'unsafe-inline'")
  })

  it("names the shopper's URL, not the twin, in the alternate-language links", () => {
    for (const path of ["/categories/mushrooms?sort=price_asc", "/en/products?min=30"]) {
      const link = proxy(new NextRequest(`${BASE}${path}`)).headers.get("link") ?? ""
      expect(link, path).toMatch(/hreflang/)
      expect(link, path).not.toMatch(/_filtered/)
    }
  })

  it("leaves the App Router's own page fetch (_rsc) and a server action's POST on the cached listing", () => {
    expect(run("/categories/mushrooms?_rsc=1x2y").rewrite).toBe("/zh-CN/categories/mushrooms?_rsc=1x2y")
    expect(run("/products?sort=price_asc", { method: "POST" }).rewrite).toBe("/zh-CN/products?sort=price_asc")
  })

  it.each(["/cart", "/en/checkout", "/portal/cooperative", "/search?q=小米", "/products/changsheng-millet/x"])(
    "gives %s a fresh nonce and 'strict-dynamic'",
    (path) => {
      const first = run(path).scripts
      expect(first).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/)
      expect(first).toContain("'strict-dynamic'")
      expect(run(path).scripts).not.toBe(first)
    },
  )

  it("does not send a query on a product page, which has none to render, to a twin", () => {
    expect(run("/products/changsheng-millet?from=share").rewrite).toBe("/zh-CN/products/changsheng-millet?from=share")
  })
})
