import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { DEMO_PRODUCTS } from "../../src/scripts/seed/catalog"
import { DEMO_COOPERATIVES } from "../../src/scripts/seed/cooperatives-data"

type StoreProduct = {
  handle: string
  title: string
  thumbnail: string
  variants: { title: string; weight: number; calculated_price: { calculated_amount: number; currency_code: string } }[]
}

const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    const headers = () => ({ headers: { "x-publishable-api-key": key } })

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir })
      key = seeded.publishableKey
      regionId = seeded.regionId
    })

    describe("GET /store/products with the seeded publishable key", () => {
      it("lists every demo product with CNY prices by weight", async () => {
        const res = await api.get(
          `/store/products?limit=50&region_id=${regionId}&fields=handle,title,thumbnail,*variants,*variants.calculated_price`,
          headers(),
        )
        expect(res.status).toBe(200)
        const products = res.data.products as StoreProduct[]
        expect(products.map((p) => p.handle).sort()).toEqual(DEMO_PRODUCTS.map((p) => p.handle).sort())
        expect(products.length).toBeGreaterThanOrEqual(8)

        const millet = products.find((p) => p.handle === "changsheng-millet")!
        expect(millet.title).toBe("昌盛小米")
        expect(millet.thumbnail).toMatch(/\/static\/products\/changsheng-millet\.svg$/)
        const byTitle = Object.fromEntries(millet.variants.map((v) => [v.title, v]))
        expect(byTitle["2.5 kg"]!.weight).toBe(2500)
        expect(byTitle["2.5 kg"]!.calculated_price).toMatchObject({ calculated_amount: 39.9, currency_code: "cny" })
        expect(byTitle["5 kg"]!.calculated_price.calculated_amount).toBe(69.9)
      })

      it("answers in English through the Translation Module", async () => {
        const res = await api.get(`/store/products?handle=changsheng-millet&locale=en-US&fields=title`, headers())
        expect(res.data.products[0].title).toBe("Changsheng Millet")
      })

      it("refuses a request without a publishable key", async () => {
        const res = await api.get(`/store/products`).catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(400)
      })
    })

    describe("seeding twice", () => {
      it("creates nothing the second time", async () => {
        const container = getContainer()
        const again = await seedDemoData(container, { staticDir })
        expect(again).toMatchObject({
          createdProducts: 0,
          createdCooperatives: 0,
          createdHouseholds: 0,
          createdLots: 0,
        })
        expect(again.publishableKey).toBe(key)

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({ entity: "product", fields: ["id"] })
        expect(products).toHaveLength(DEMO_PRODUCTS.length)
        const fulfillment = container.resolve(Modules.FULFILLMENT)
        const options = await fulfillment.listShippingOptions({})
        expect(options.map((o) => o.name).sort()).toEqual(["冷链", "快递"])
        const regions = await container.resolve(Modules.REGION).listRegions({})
        expect(regions).toHaveLength(1)

        const { data: coops } = await query.graph({
          entity: "cooperative",
          fields: [
            "handle",
            "status",
            "staff.email",
            "households.id",
            "lots.id",
            "products.handle",
            "stock_location.id",
          ],
        })
        expect(coops.map((c) => c.status)).toEqual(Array(DEMO_COOPERATIVES.length).fill("approved"))
        expect(coops.flatMap((c) => c.staff)).toHaveLength(DEMO_COOPERATIVES.length)
        expect(coops.flatMap((c) => c.households)).toHaveLength(
          DEMO_COOPERATIVES.reduce((n, c) => n + c.households.length, 0),
        )
        expect(coops.flatMap((c) => c.lots)).toHaveLength(17)
        const linked = coops
          .flatMap((c) => (c.products as { handle: string }[]).map((p) => `${p.handle}@${c.handle}`))
          .sort()
        expect(linked).toEqual(DEMO_PRODUCTS.map((p) => `${p.handle}@${p.cooperative.handle}`).sort())
        const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
        expect(locations).toHaveLength(1 + DEMO_COOPERATIVES.length)
      })
    })

    describe("shipping options", () => {
      async function optionsFor(handles: string[]) {
        const { data } = await api.post(`/store/carts`, { region_id: regionId }, headers())
        const cartId = data.cart.id as string
        const products = await api.get(
          `/store/products?handle[]=${handles.join("&handle[]=")}&fields=*variants`,
          headers(),
        )
        for (const product of products.data.products) {
          await api.post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: product.variants[0].id, quantity: 1 },
            headers(),
          )
        }
        const res = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers())
        return (res.data.shipping_options as { name: string }[]).map((o) => o.name).sort()
      }

      it("offers only 快递 for a cart without cold-chain goods", async () => {
        expect(await optionsFor(["changsheng-millet"])).toEqual(["快递"])
      })

      it("adds 冷链 when the cart holds fresh morels", async () => {
        expect(await optionsFor(["changsheng-millet", "fresh-morels"])).toEqual(["冷链", "快递"])
      })

      it("offers only 冷链 for a cart of fresh morels alone", async () => {
        expect(await optionsFor(["fresh-morels"])).toEqual(["冷链"])
      })
    })
  },
})
