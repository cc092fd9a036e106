// The production build's security headers (src/lib/security-headers.ts in the storefront): a per-request,
// nonce-based Content-Security-Policy on pages, the fixed headers on every response, and pages that still run
// their scripts under that policy, all the way to the checkout.
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { launchChromium } from "./browser"
import { addToCart, newShopper, openProduct, url } from "./shop"

const PAGES = ["/", "/en/products", "/products/changsheng-millet"]

const directive = (csp: string | null, name: string) =>
  csp
    ?.split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1)

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

  it.each(PAGES)("%s has a nonce-based CSP that its own scripts carry, and the fixed headers", async (path) => {
    const response = await fetch(url(path))
    expect(response.status).toBe(200)
    const csp = response.headers.get("content-security-policy")
    const scripts = directive(csp, "script-src") ?? []
    const nonce = scripts.find((source) => source.startsWith("'nonce-"))?.slice(7, -1)
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(scripts).toContain("'strict-dynamic'")
    expect(scripts).not.toContain("'unsafe-eval'")
    expect(directive(csp, "frame-ancestors")).toEqual(["'none'"])
    expect(directive(csp, "object-src")).toEqual(["'none'"])
    expect(directive(csp, "connect-src")).toContain(inject("backendUrl"))
    expect(directive(csp, "img-src")).toContain(inject("backendUrl"))

    const html = await response.text()
    // Data blocks (JSON, JSON-LD) are not run, so need no nonce.
    const isData = (tag: string) => /type="application\/(ld\+)?json"/.test(tag)
    const scriptTags = (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !isData(tag))
    expect(scriptTags.length).toBeGreaterThan(0)
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`)

    expect(response.headers.get("x-frame-options")).toBe("DENY")
    expect(response.headers.get("x-content-type-options")).toBe("nosniff")
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(response.headers.get("permissions-policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/)
  })

  it("gives every request its own nonce", async () => {
    const [a, b] = await Promise.all([fetch(url("/")), fetch(url("/"))])
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
    for (const path of PAGES) {
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
