// The relevance set against a real Meilisearch, when MEILISEARCH_HOST names one (e.g. docker-compose's);
// otherwise the run lists this test as skipped and says why. MEILISEARCH_API_KEY is passed through.
import { integrationRunner } from "../runner"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed/index"
import { casesFor, runRelevanceSet } from "../search/run-relevance-set"

const host = process.env.MEILISEARCH_HOST?.trim()

if (!host) {
  describe("relevance set on Meilisearch", () => {
    it.skip("skipped: MEILISEARCH_HOST is not set (e.g. MEILISEARCH_HOST=http://localhost:7700 npx vitest run …)", () => {})
  })
} else {
  integrationRunner({
    testSuite: ({ api, getContainer }) => {
      let headers: { headers: Record<string, string> }

      beforeAll(async () => {
        const seeded = await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-search-meili" })
        headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
        await getContainer().resolve(Modules.SEARCH).reindex({ index: "product" })
      })

      it(`puts the expected products in the top 3 for all ${casesFor("meilisearch").length} queries (Meilisearch at ${host})`, async () => {
        const misses = await runRelevanceSet((url) => api.get(url, headers), "meilisearch")
        expect(misses).toEqual([])
      })
    },
  })
}
