import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { integrationRunner } from "../runner"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { adminLogin, attempt, type Auth, loginCooperative } from "./cooperative-helpers"

// #17 item 3, shared by store-products-cache.spec.ts (Medusa's memory provider, in-process events) and
// store-products-cache-redis.spec.ts (the Redis provider and Redis events, as docker-compose runs them): the store
// API's product list and product page come from Medusa's Caching Module, and a change of price, stock or a
// cooperative's standing shows on the next read.

/**
 * How the first read after a change is taken. `once`: one read (the memory provider's events are handled in-process
 * before the change's request answers). `until`: read again every 50 ms until the change shows, for at most 5 s
 * (Redis events reach the cache's invalidation through a queue, just after the change's request answers).
 */
export type Settle = "once" | "until"

async function settleRead<T>(settle: Settle, read: () => Promise<T>, shows: (value: T) => boolean): Promise<T> {
  let value = await read()
  for (const deadline = Date.now() + 5_000; settle === "until" && !shows(value) && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await read()
  }
  return value
}

type Variant = {
  id: string
  title: string
  inventory_quantity: number
  calculated_price: { calculated_amount: number }
}
type Product = { id: string; handle: string; variants: Variant[] }

export function storeProductsCacheSuite(settle: Settle) {
  const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
  integrationRunner({
    seeded: true,
    testSuite: ({ api, getContainer }) => {
      let store: Auth
      let regionId: string
      const list = async () => {
        const res = await api.get(
          `/store/products?limit=12&region_id=${regionId}&fields=handle,*variants,*variants.calculated_price,+variants.inventory_quantity`,
          store,
        )
        return res.data as { products: Product[]; count: number }
      }
      const page = async (id: string) =>
        (
          await api.get(
            `/store/products/${id}?region_id=${regionId}&fields=handle,*variants,*variants.calculated_price,+variants.inventory_quantity`,
            store,
          )
        ).data.product as Product
      const millet = async () => (await list()).products.find((p) => p.handle === "changsheng-millet")!
      const variantOf = (p: Product, id: string) => p.variants.find((v) => v.id === id)!
      const lightest = (p: Product) => [...p.variants].sort((a, b) => a.title.localeCompare(b.title))[0]!

      /** Counts the Product Module's reads and the Caching Module's hits while `read` runs. */
      async function observe<T>(read: () => Promise<T>) {
        const container = getContainer()
        const products = container.resolve(Modules.PRODUCT) as unknown as Record<string, (...a: unknown[]) => unknown>
        const caching = container.resolve(Modules.CACHING) as unknown as Record<string, (...a: unknown[]) => unknown>
        const counts = { productReads: 0, cacheHits: 0 }
        const wrap = (target: Record<string, (...a: unknown[]) => unknown>, m: string, after: (r: unknown) => void) => {
          const real = target[m]!
          target[m] = async (...args: unknown[]) => {
            const r = await real.apply(target, args)
            after(r)
            return r
          }
          return () => (target[m] = real)
        }
        const restore = [
          wrap(products, "listProducts", () => counts.productReads++),
          wrap(products, "listAndCountProducts", () => counts.productReads++),
          wrap(caching, "get", (r) => (counts.cacheHits += r != null ? 1 : 0)),
        ]
        try {
          return { result: await read(), counts }
        } finally {
          restore.forEach((r) => r())
        }
      }

      beforeAll(async () => {
        const seeded = await seedDemoData(getContainer(), { staticDir })
        store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
        regionId = seeded.regionId
      })

      it("serves the second read of a product list from the cache, without reading the Product Module", async () => {
        const first = await observe(list)
        expect(first.result.products.length).toBeGreaterThan(1)
        expect(first.counts.productReads).toBeGreaterThan(0)
        // On Redis the seed's events are still arriving through the queue and may clear the first read's entry.
        const second = await settleRead(
          settle,
          () => observe(list),
          (o) => o.counts.productReads === 0,
        )
        expect(second.result).toEqual(first.result)
        expect(second.counts.productReads).toBe(0)
        expect(second.counts.cacheHits).toBeGreaterThan(0)
      })

      it("shows a price changed in the cooperative's portal on the next read", async () => {
        const A = await loginCooperative(api, "yuanda@demo.fengshou.local")
        const before = await millet()
        await millet() // now cached
        const variant = lightest(before)
        const newFen = Math.round(variant.calculated_price.calculated_amount * 100) + 123
        await page(before.id)
        const res = await attempt(
          api.post(`/cooperative/products/${before.id}`, { variants: [{ id: variant.id, price_fen: newFen }] }, A),
        )
        expect(res.status).toBe(200)
        const priceOf = (p: Product) => variantOf(p, variant.id).calculated_price.calculated_amount
        const after = await settleRead(
          settle,
          () => observe(millet),
          (o) => priceOf(o.result) === newFen / 100,
        )
        expect(priceOf(after.result)).toBe(newFen / 100)
        expect(after.counts.productReads).toBeGreaterThan(0)
        expect(
          priceOf(
            await settleRead(
              settle,
              () => page(before.id),
              (p) => priceOf(p) === newFen / 100,
            ),
          ),
        ).toBe(newFen / 100)
      })

      it("shows a stock change on the next read", async () => {
        const A = await loginCooperative(api, "yuanda@demo.fengshou.local")
        const before = await millet()
        await millet()
        const variant = lightest(before)
        const stock = variant.inventory_quantity + 7
        const res = await attempt(
          api.post(`/cooperative/products/${before.id}`, { variants: [{ id: variant.id, stock }] }, A),
        )
        expect(res.status).toBe(200)
        const stockOf = (p: Product) => variantOf(p, variant.id).inventory_quantity
        expect(stockOf(await settleRead(settle, millet, (p) => stockOf(p) === stock))).toBe(stock)
        expect(
          stockOf(
            await settleRead(
              settle,
              () => page(before.id),
              (p) => stockOf(p) === stock,
            ),
          ),
        ).toBe(stock)
      })

      // Every public cooperative field is either its identity (a rename goes back to review) or read-only once
      // approved, so a rename must take its products off the cached list until the platform approves the new name.
      it("takes a renamed cooperative's products off the cached list at once", async () => {
        const A = await loginCooperative(api, "yuanda@demo.fengshou.local")
        const withCooperative = async () =>
          (
            (
              await api.get(
                `/store/products?limit=12&region_id=${regionId}&fields=handle,*cooperative,*variants.calculated_price`,
                store,
              )
            ).data.products as (Product & { cooperative: { name_en: string | null } })[]
          ).find((p) => p.handle === "changsheng-millet")
        expect((await withCooperative())!.cooperative.name_en).not.toBeNull()
        // On Redis the earlier tests' events may still be clearing entries: wait until the list is served cached.
        const cached = await settleRead(
          settle,
          () => observe(withCooperative),
          (o) => o.counts.productReads === 0,
        )
        expect(cached.counts.productReads).toBe(0)
        const renamed = `Yuanda Growers ${Date.now()}`
        expect((await attempt(api.post(`/cooperative/me`, { name_en: renamed }, A))).status).toBe(200)
        expect(await settleRead(settle, withCooperative, (p) => p === undefined)).toBeUndefined()
      })

      it("takes a suspended cooperative's products off the cached list at once", async () => {
        const admin = await adminLogin(api, getContainer())
        const { data: coops } = await api.get(`/admin/cooperatives?limit=50`, admin)
        const yuanda = (coops.cooperatives as { id: string; handle: string }[]).find((c) => c.handle === "yuanda")!
        const all = async () =>
          (
            await api.get(
              `/store/products?limit=100&region_id=${regionId}&fields=handle,*variants.calculated_price`,
              store,
            )
          ).data as { products: Product[]; count: number }
        const handles = (r: { products: Product[] }) => r.products.map((p) => p.handle)
        const before = await all()
        await all()
        expect(handles(before)).toContain("changsheng-millet")
        await api.post(`/admin/cooperatives/${yuanda.id}/suspend`, { reason: "质检不合格" }, admin)
        const after = await settleRead(settle, all, (r) => !handles(r).includes("changsheng-millet"))
        expect(handles(after)).not.toContain("changsheng-millet")
        expect(after.count).toBeLessThan(before.count)
        const milletId = before.products.find((p) => p.handle === "changsheng-millet")!.id
        const page = await settleRead(
          settle,
          () => attempt(api.get(`/store/products/${milletId}`, store)),
          (r) => r.status === 404,
        )
        expect(page.status).toBe(404)
      })
    },
  })
}
