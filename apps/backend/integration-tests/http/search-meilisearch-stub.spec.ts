// The whole search path on the Meilisearch provider, against the local stub of Meilisearch's HTTP API: the Search
// Module creates the index with our settings when it migrates, fills it through Meilisearch tasks, follows product
// edits, and GET /store/search answers from it. The stub's matching is naive, so relevance is not judged here
// (search-relevance-meilisearch.spec.ts does that against a real Meilisearch).
import { integrationRunner } from "../runner"
import { Modules } from "@medusajs/framework/utils"
import type { SearchResponse } from "@fengshou/search-contract"
import { seedDemoData } from "../../src/scripts/seed/index"
import { startMeilisearchStub } from "../stubs/meilisearch-api"
import { loginCooperative } from "./cooperative-helpers"

let stub: Awaited<ReturnType<typeof startMeilisearchStub>>

// A file-level hook runs before the runner's own beforeAll, which is where Medusa loads medusa-config.ts.
beforeAll(async () => {
  stub = await startMeilisearchStub({ apiKey: "stub-master-key" })
  process.env.MEILISEARCH_HOST = stub.url
  process.env.MEILISEARCH_API_KEY = "stub-master-key"
})
afterAll(async () => {
  delete process.env.MEILISEARCH_HOST
  delete process.env.MEILISEARCH_API_KEY
  await stub.close()
})

integrationRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const search = async (query: string) => (await api.get(`/store/search?${query}`, store)).data as SearchResponse

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-search-stub" })
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await getContainer().resolve(Modules.SEARCH).reindex({ index: "product" })
    })

    it("builds the index on Meilisearch with our settings and fills it", async () => {
      const [index] = [...stub.indexes.values()].filter((i) => i.docs.size > 0)
      expect(index!.docs.size).toBe(8)
      expect((index!.settings.searchableAttributes as string[])[0]).toBe("title")
      expect(index!.settings.synonyms).toMatchObject({ 木耳: ["黑木耳"] })
      expect(stub.requests.every((r) => r.authorization === "Bearer stub-master-key")).toBe(true)
    })

    it("answers GET /store/search from Meilisearch, with facet counts and highlights", async () => {
      const r = await search(`q=${encodeURIComponent("木耳")}`)
      expect(r.hits.map((h) => h.handle)).toEqual(["black-fungus"])
      expect(r.hits[0]!.highlights.title).toEqual([
        { text: "黑", match: false },
        { text: "木耳", match: true },
      ])
      const all = await search("category=mushrooms")
      expect(all.count).toBe(3)
      expect(all.facets.category.find((f) => f.value === "mushrooms")).toMatchObject({ label: "菌菇", count: 3 })
      expect(all.facets.category.length).toBeGreaterThan(1) // disjunctive: the other categories still counted
      const sent = stub.requests.filter((r) => r.path === "/multi-search").at(-1)!.body as {
        queries: { filter?: string }[]
      }
      expect(sent.queries[0]!.filter).toContain('status = "published"')
    })

    it("follows a title edited in the cooperative portal within 5 seconds", async () => {
      const coop = await loginCooperative(api, "daqiao@demo.fengshou.local")
      const { data } = await api.get(`/cooperative/products`, coop)
      const [honey] = data.products as { id: string }[]
      await api.post(`/cooperative/products/${honey!.id}`, { title_zh: "大桥椴树雪蜜" }, coop)
      const started = Date.now()
      while (!(await search(`q=${encodeURIComponent("雪蜜")}`)).hits.length) {
        expect(Date.now() - started).toBeLessThan(5000)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })
  },
})
