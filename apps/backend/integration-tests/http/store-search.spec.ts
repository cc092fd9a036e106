// GET /store/search: facets, sorting, highlights, clear 400s, and the index following catalog and cooperative
// edits within seconds (the acceptance: a title edited in the cooperative portal is found within 5 s).
import { integrationRunner } from "../runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { SearchResponse } from "@fengshou/search-contract"
import { affectedProductIds } from "../../src/queries/search/affected-products"
import { seedDemoData } from "../../src/scripts/seed/index"
import { setCooperativeStatusWorkflow } from "../../src/workflows/cooperative/set-cooperative-status"
import { attempt, loginCooperative, placeOrder, type Auth } from "./cooperative-helpers"

beforeAll(() => {
  delete process.env.MEILISEARCH_HOST
})

integrationRunner({
  seeded: true,
  testSuite: ({ api, getContainer }) => {
    let store: Auth
    let regionId: string
    const search = async (query: string) => (await api.get(`/store/search?${query}`, store)).data as SearchResponse
    const handles = (r: SearchResponse) => r.hits.map((h) => h.handle)

    /** Polls until the search answers what `done` wants, and returns how long that took. */
    async function within(ms: number, query: string, done: (r: SearchResponse) => boolean) {
      const started = Date.now()
      for (;;) {
        if (done(await search(query))) return Date.now() - started
        if (Date.now() - started > ms) throw new Error(`search "${query}" did not change within ${ms} ms`)
        await new Promise((r) => setTimeout(r, 100))
      }
    }

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-search" })
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      regionId = seeded.regionId
      // Let the seed's own events settle before rebuilding, so the rebuilt version is the last word.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await getContainer().resolve(Modules.SEARCH).reindex({ index: "product" })
    })

    it("answers hits with prices in fen, stock, provenance and marked matches", async () => {
      const r = await search("q=ydj")
      expect(handles(r).slice(0, 2).sort()).toEqual(["dried-morels", "fresh-morels"])
      const fresh = r.hits.find((h) => h.handle === "fresh-morels")!
      expect(fresh).toMatchObject({ title: "鲜羊肚菌", title_en: "Fresh Morels", price_min_fen: 8900, in_stock: true })
      expect(fresh.cooperative).toMatchObject({ handle: "beima", name: "北马村羊肚菌合作社" })
      expect(fresh.category).toMatchObject({ handle: "mushrooms", name: "菌菇", name_en: "Mushrooms & fungi" })
      expect(fresh.highlights.title).toEqual([
        { text: "鲜", match: false },
        { text: "羊肚菌", match: true },
      ])
      expect(r.count).toBe(2)
    })

    it("counts facets over the matches, each ignoring its own filter, and narrows by them", async () => {
      const all = await search("q=")
      expect(all.count).toBe(8)
      const mushrooms = all.facets.category.find((f) => f.value === "mushrooms")!
      expect(mushrooms).toMatchObject({ label: "菌菇", label_en: "Mushrooms & fungi", count: 3 })
      expect(all.facets.province.find((f) => f.value === "23")).toMatchObject({
        label: "黑龙江省",
        label_en: "Heilongjiang",
        count: 4,
      })
      expect(all.facets.price.map((f) => f.value)).toEqual(["under-50", "50-100", "100-200"])

      const narrowed = await search("category=mushrooms")
      expect(handles(narrowed).sort()).toEqual(["black-fungus", "dried-morels", "fresh-morels"])
      expect(narrowed.facets.category.length).toBeGreaterThan(1) // siblings stay visible
      expect(narrowed.facets.province.reduce((n, f) => n + f.count, 0)).toBe(3)

      const heilongjiangUnder50 = await search("province=23&price=under-50")
      expect(handles(heilongjiangUnder50).sort()).toEqual(["black-fungus", "changsheng-millet"])
    })

    it("sorts by price both ways and by newest", async () => {
      const asc = await search("sort=price_asc&limit=3")
      expect(asc.hits.map((h) => h.price_min_fen)).toEqual([3600, 3990, 4500])
      const desc = await search("sort=price_desc&limit=2")
      expect(handles(desc)).toEqual(["dried-morels", "pressed-soybean-oil"])
      expect((await search("sort=newest")).hits).toHaveLength(8)
    })

    it("offers related products when nothing matches every word", async () => {
      const r = await search(`q=${encodeURIComponent("蜂蜜 火箭")}`)
      expect(r.count).toBe(0)
      expect(r.related.map((h) => h.handle)).toContain("linden-honey")
      expect((await search("q=zzzzqqq")).related).toEqual([])
    })

    it("answers 400 with what to fix for a bad parameter", async () => {
      // Medusa words enum and unknown-key errors itself; our schema's own messages say what a value should look like.
      for (const [query, hints] of [
        ["sort=cheapest", ["sort", "relevance, price_asc"]],
        ["limit=500", ["limit", "50"]],
        ["province=heilongjiang", ["province", "two-digit"]],
        ["price=cheap", ["price", "under-50"]],
        ["colour=red", ["colour"]],
      ] as const) {
        const res = await attempt(api.get(`/store/search?${query}`, store))
        expect(res.status).toBe(400)
        for (const hint of hints) expect((res.data as { message: string }).message).toContain(hint)
      }
    })

    it("finds a title edited in the cooperative portal within 5 seconds, and forgets the old one", async () => {
      const coop = await loginCooperative(api, "tuanjie@demo.fengshou.local")
      const { data } = await api.get(`/cooperative/products`, coop)
      const fungus = (data.products as { id: string; handle: string }[]).find((p) => p.handle === "black-fungus")!
      await api.post(
        `/cooperative/products/${fungus.id}`,
        { title_zh: "团结秋木耳", title_en: "Tuanjie Autumn Fungus" },
        coop,
      )
      const tookMs = await within(5000, `q=${encodeURIComponent("秋木耳")}`, (r) => handles(r).includes("black-fungus"))
      expect(tookMs).toBeLessThan(5000)
      await within(5000, "q=autumn", (r) => handles(r)[0] === "black-fungus")
      // The old title's own pair 黑木 is gone (黑木耳 itself still finds it: 木耳 is its synonym).
      expect(handles(await search(`q=${encodeURIComponent("黑木")}`))).not.toContain("black-fungus")
      expect(handles(await search(`q=${encodeURIComponent("黑木耳")}`))).toContain("black-fungus")
    })

    it("follows a cooperative's new name to its products once the operator approves it", async () => {
      const coop = await loginCooperative(api, "daqiao@demo.fengshou.local")
      const { data } = await api.post(`/cooperative/me`, { name_zh: "大桥村椴蜜合作社" }, coop)
      // A rename goes back to review: its products leave search until the operator approves the new name.
      expect(data.cooperative.status).toBe("pending")
      await within(5000, "q=linden", (r) => !handles(r).includes("linden-honey"))
      await setCooperativeStatusWorkflow(getContainer()).run({ input: { id: data.cooperative.id, status: "approved" } })
      await within(5000, `q=${encodeURIComponent("椴蜜合作社")}`, (r) => handles(r).includes("linden-honey"))
    })

    it("ranks by sales once an order is placed, reindexing a stocked product once, through its stock change", async () => {
      const order = await placeOrder(api, store, regionId, ["linden-honey"])
      await within(5000, "sort=sales", (r) => handles(r)[0] === "linden-honey")
      // The order's own event leaves a product whose stock it reserved to that stock change's event, and takes the rest.
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const placed = { name: "order.placed", data: { id: order.id } }
      expect(await affectedProductIds(placed, query)).toEqual([])
      const products = container.resolve(Modules.PRODUCT)
      const [honey] = await products.listProducts({ handle: "linden-honey" }, { relations: ["variants"] })
      const variants = honey!.variants.map((v) => ({ id: v.id, manage_inventory: v.manage_inventory }))
      try {
        await products.upsertProductVariants(variants.map((v) => ({ id: v.id, manage_inventory: false })))
        expect(await affectedProductIds(placed, query)).toEqual([honey!.id])
      } finally {
        await products.upsertProductVariants(variants)
      }
    })

    it("marks a product out of stock when its cooperative sets the stock to zero", async () => {
      const coop = await loginCooperative(api, "beima@demo.fengshou.local")
      const { data } = await api.get(`/cooperative/products`, coop)
      const dried = (data.products as { id: string; handle: string; variants: { id: string }[] }[]).find(
        (p) => p.handle === "dried-morels",
      )!
      await api.post(`/cooperative/products/${dried.id}`, { variants: [{ id: dried.variants[0]!.id, stock: 0 }] }, coop)
      await within(5000, "q=ydj", (r) => r.hits.find((h) => h.handle === "dried-morels")?.in_stock === false)
    })

    it("drops a product that is unpublished", async () => {
      const coop = await loginCooperative(api, "tubaoying@demo.fengshou.local")
      const { data } = await api.get(`/cooperative/products`, coop)
      const [jujubes] = data.products as { id: string }[]
      await api.post(`/cooperative/products/${jujubes!.id}`, { status: "draft" }, coop)
      await within(5000, "q=jujube", (r) => r.count === 0)
    })
  },
})
