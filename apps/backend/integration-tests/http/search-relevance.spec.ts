// The relevance set against the PostgreSQL provider (search-postgres-zh), whatever MEILISEARCH_HOST says.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { casesFor, runRelevanceSet } from "../search/run-relevance-set"

// A file-level hook runs before the runner's own beforeAll, which is where Medusa loads medusa-config.ts.
beforeAll(() => {
  delete process.env.MEILISEARCH_HOST
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-search" })
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      // Let the seed's own events settle before rebuilding, so the rebuilt version is the last word.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await getContainer().resolve(Modules.SEARCH).reindex({ index: "product" })
    })

    it(`puts the expected products in the top 3 for all ${casesFor("postgres").length} queries (PostgreSQL)`, async () => {
      expect(casesFor("postgres").length).toBeGreaterThanOrEqual(120)
      const misses = await runRelevanceSet((url) => api.get(url, headers), "postgres")
      expect(misses).toEqual([])
    })
  },
})
