// The production build's security headers (src/lib/security-headers.ts in the storefront): a per-request,
// nonce-based Content-Security-Policy on the session's pages, one without a nonce on the catalog pages Next serves
// whole from its cache, the fixed headers on every response, and pages that still run their scripts under those
// policies, all the way to the checkout.
import { readFileSync } from "node:fs"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { addToCart, newShopper, openProduct, url } from "./shop"

// Rendered per request for the visitor: the cart, the order lookup, a portal's sign-in.
const SESSION_PAGES = ["/cart", "/en/order/lookup", "/portal/cooperative"]
// Served whole from Next's cache.
const CATALOG_PAGES = ["/", "/en/products", "/products/changsheng-millet", "/categories/mushrooms", "/cooperatives"]

const directive = (csp: string | null, name: string) =>
  csp
    ?.split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1)

function expectSharedDirectives(csp: string | null) {
  expect(directive(csp, "script-src")).not.toContain("'unsafe-eval'")
  expect(directive(csp, "frame-ancestors")).toEqual(["'none'"])
  expect(directive(csp, "object-src")).toEqual(["'none'"])
  expect(directive(csp, "base-uri")).toEqual(["'self'"])
  expect(directive(csp, "connect-src")).toContain(inject("backendUrl"))
  expect(directive(csp, "img-src")).toContain(inject("backendUrl"))
}

function expectFixedHeaders(response: Response) {
  expect(response.headers.get("x-frame-options")).toBe("DENY")
  expect(response.headers.get("x-content-type-options")).toBe("nosniff")
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
  expect(response.headers.get("permissions-policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
  expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/)
}

// Data blocks (JSON, JSON-LD) are not run, so need no nonce.
const runnableScriptTags = (html: string) =>
  (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !/type="application\/(ld\+)?json"/.test(tag))

/** Records CSP violations and console errors from the first script the page runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = []
  page.on("console", (message) => {
    const text = message.text()
    if (message.type() === "error" && /Content Security Policy/i.test(text)) consoleErrors.push(text)
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`),
    )
  })
  return async () => [
    ...consoleErrors,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ]
}

describe("security headers", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium(inject("chromiumPath"))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each(SESSION_PAGES)("%s has a nonce-based CSP that its own scripts carry, and the fixed headers", async (path) => {
    const response = await fetch(url(path))
    expect(response.status).toBe(200)
    const csp = response.headers.get("content-security-policy")
    const scripts = directive(csp, "script-src") ?? []
    const nonce = scripts.find((source) => source.startsWith("'nonce-"))?.slice(7, -1)
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(scripts).toContain("'strict-dynamic'")
    expect(scripts).not.toContain("'unsafe-inline'")
    expectSharedDirectives(csp)
    const scriptTags = runnableScriptTags(await response.text())
    expect(scriptTags.length).toBeGreaterThan(0)
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`)
    expectFixedHeaders(response)
  })

  it.each(CATALOG_PAGES)(
    "%s is served from the cache under a CSP without a nonce that still allows no other host's script",
    async (path) => {
      await fetch(url(path)) // the first visit renders the page for the cache
      const [first, second] = await Promise.all([fetch(url(path)), fetch(url(path))])
      for (const response of [first, second]) {
        expect(response.status).toBe(200)
        expect(response.headers.get("x-nextjs-cache")).toMatch(/^(HIT|STALE)$/)
      }
      const csp = first.headers.get("content-security-policy")
      const scripts = directive(csp, "script-src") ?? []
      expect(scripts).toEqual(["'self'", "'unsafe-inline'", "https://js.stripe.com", "https://*.js.stripe.com"])
      expectSharedDirectives(csp)
      const [html, again] = await Promise.all([first.text(), second.text()])
      // The same HTML for everyone: nothing of a visitor's, no nonce.
      expect(again).toBe(html)
      expect(html).not.toMatch(/nonce=/)
      expect(runnableScriptTags(html).length).toBeGreaterThan(0)
      expectFixedHeaders(first)
    },
  )

  it("gives every page the build caches the CSP without a nonce (no nonce'd policy on HTML that carries none)", async () => {
    const manifest = path.join(import.meta.dirname, "../../storefront/.next/prerender-manifest.json")
    const cached = Object.keys(JSON.parse(readFileSync(manifest, "utf8")).dynamicRoutes as object).sort()
    expect(cached).toEqual([
      "/[locale]",
      "/[locale]/categories/[handle]",
      "/[locale]/cooperatives",
      "/[locale]/cooperatives/[handle]",
      "/[locale]/products",
      "/[locale]/products/[handle]",
      "/[locale]/trace/[code]",
    ])
    for (const route of cached) {
      for (const locale of ["", "/en"]) {
        const page = `${locale}${route.replace("/[locale]", "").replace(/\[\w+\]/g, "beima")}` || "/"
        const response = await fetch(url(page), { redirect: "manual" })
        const scripts = directive(response.headers.get("content-security-policy"), "script-src")
        expect(scripts, page).toContain("'unsafe-inline'")
        expect(
          scripts?.some((source) => source.startsWith("'nonce-")),
          page,
        ).toBe(false)
      }
    }
  })

  it("gives every request its own nonce", async () => {
    const [a, b] = await Promise.all([fetch(url("/cart")), fetch(url("/cart"))])
    expect(a.headers.get("content-security-policy")).not.toBe(b.headers.get("content-security-policy"))
  })

  it("sends the fixed headers on API routes and static assets too", async () => {
    const html = await (await fetch(url("/"))).text()
    const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0]
    expect(asset).toBeDefined()
    for (const path of ["/api/cart", asset!]) {
      const response = await fetch(url(path))
      expect(response.status, path).toBe(200)
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff")
      expect(response.headers.get("x-frame-options"), path).toBe("DENY")
    }
  })

  it("runs the shop's scripts without a CSP violation from home to checkout", { timeout: 120_000 }, async () => {
    const { context, page } = await newShopper(browser)
    const violations = await watchViolations(page)
    for (const path of [...CATALOG_PAGES, "/categories/mushrooms?sort=price_asc", ...SESSION_PAGES]) {
      await page.goto(url(path))
      await page.waitForLoadState("networkidle")
      expect(await violations(), path).toEqual([])
    }
    // Stock comes from the browser's own request to the backend (connect-src), adding needs hydrated scripts.
    await openProduct(page, "changsheng-millet")
    await addToCart(page)
    await page.goto(url("/checkout"))
    await page.getByRole("heading", { level: 1 }).waitFor()
    await page.waitForLoadState("networkidle")
    expect(await violations()).toEqual([])
    await context.close()
  })
})
