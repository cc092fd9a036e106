// The relevance set against the PostgreSQL provider (search-postgres-zh), whatever MEILISEARCH_HOST says.
import { integrationRunner } from "../runner"
import { Modules } from "@medusajs/framework/utils"
import type { SearchResponse } from "@fengshou/search-contract"
import { seedDemoData } from "../../src/scripts/seed/index"
import { casesFor, runRelevanceSet } from "../search/run-relevance-set"

// A file-level hook runs before the runner's own beforeAll, which is where Medusa loads medusa-config.ts.
beforeAll(() => {
  delete process.env.MEILISEARCH_HOST
})

integrationRunner({
  seeded: true,
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-search" })
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      // Let the seed's own events settle before rebuilding, so the rebuilt version is the last word.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await getContainer().resolve(Modules.SEARCH).reindex({ index: "product" })
    })

    // What each query answered in the first pass, to compare with the second.
    const firstAnswers = new Map<string, SearchResponse>()
    const shape = (r: SearchResponse) => ({
      count: r.count,
      hits: r.hits.map((h) => h.handle),
      related: r.related.map((h) => h.handle),
      did_you_mean: r.did_you_mean,
    })

    it(`puts the expected products in the top 3 for all ${casesFor("postgres").length} queries (PostgreSQL)`, async () => {
      expect(casesFor("postgres").length).toBeGreaterThanOrEqual(120)
      const misses = await runRelevanceSet(async (url) => {
        const res = (await api.get(url, headers)) as { status: number; data: SearchResponse }
        firstAnswers.set(url, res.data)
        return res
      }, "postgres")
      expect(misses).toEqual([])
    })

    it("answers the same again from the typo look-ups the provider keeps (a second pass over the set)", async () => {
      const changed: string[] = []
      const misses = await runRelevanceSet(async (url) => {
        const res = (await api.get(url, headers)) as { status: number; data: SearchResponse }
        const before = firstAnswers.get(url)
        if (!before || JSON.stringify(shape(before)) !== JSON.stringify(shape(res.data))) changed.push(url)
        return res
      }, "postgres")
      expect(misses).toEqual([])
      expect(changed).toEqual([])
    })
  },
})
