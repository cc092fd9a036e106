// The Meilisearch provider's real client code against a local stub of Meilisearch's HTTP API.
import type { SearchTypes } from "@medusajs/framework/types"
import { startMeilisearchStub } from "../../../integration-tests/stubs/meilisearch-api"
import { productSearchFields } from "../../lib/search/product-fields"
import { toMeiliFilter } from "./filters"
import { MeilisearchSearchService } from "./service"

const index: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  primary_key: "id",
  provider: "search-meilisearch",
  fields: productSearchFields.toFields(),
  settings: { typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } },
  definition_hash: "test",
  physical_name: "product_v1",
  seed: async function* () {},
}

const docs = [
  {
    id: "p1",
    handle: "black-fungus",
    status: "published",
    title: "黑木耳",
    category: "mushrooms",
    price_min_fen: 3600,
    price_band: "under-50",
    created_at: "2026-01-01T00:00:00.000Z",
  },
  {
    id: "p2",
    handle: "fresh-morels",
    status: "published",
    title: "鲜羊肚菌",
    category: "mushrooms",
    price_min_fen: 8900,
    price_band: "50-100",
    created_at: "2026-02-01T00:00:00.000Z",
  },
  {
    id: "p3",
    handle: "changsheng-millet",
    status: "published",
    title: "昌盛小米",
    category: "grain-oil",
    price_min_fen: 3990,
    price_band: "under-50",
    created_at: "2026-03-01T00:00:00.000Z",
  },
]

describe("search-meilisearch against a stub of Meilisearch's API", () => {
  let stub: Awaited<ReturnType<typeof startMeilisearchStub>>
  let provider: MeilisearchSearchService

  beforeAll(async () => {
    stub = await startMeilisearchStub({ apiKey: "test-key" })
    provider = new MeilisearchSearchService({}, { host: stub.url, apiKey: "test-key" })
  })
  afterAll(() => stub.close())

  it("creates the index with searchable order, filterable and sortable attributes, typo tolerance and synonyms", async () => {
    expect(await provider.upsertIndex({ index })).toMatchObject({ status: "succeeded" })
    expect(await provider.upsertIndex({ index })).toMatchObject({ status: "succeeded" }) // again: already exists
    const settings = stub.indexes.get("product_v1")!.settings
    expect((settings.searchableAttributes as string[]).slice(0, 3)).toEqual(["title", "title_en", "pinyin_title"])
    expect((settings.searchableAttributes as string[]).at(-1)).toBe("description_en")
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "status",
        "sales_channel_ids",
        "category",
        "province_code",
        "certifications",
        "price_band",
        "in_stock",
      ]),
    )
    expect(settings.sortableAttributes).toEqual(["price_min_fen", "sales_count", "created_at"])
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
    expect(settings.synonyms).toMatchObject({
      木耳: ["黑木耳"],
      黑木耳: ["木耳"],
      鸡蛋: ["笨鸡蛋", "土鸡蛋", "柴鸡蛋", "草鸡蛋"],
      土鸡蛋: ["鸡蛋", "笨鸡蛋", "柴鸡蛋", "草鸡蛋"],
      粟米: ["小米", "谷子"],
      红枣: ["小枣", "大枣", "枣子"],
      dates: ["jujube", "jujubes"],
    })
    expect(stub.requests.every((r) => r.authorization === "Bearer test-key")).toBe(true)
  })

  it("writes documents as a task the module waits for, dates as epoch milliseconds", async () => {
    const task = await provider.upsertDocuments({ index: "product_v1", definition: index, documents: docs })
    expect(task).toMatchObject({ status: "enqueued", id: expect.any(String) })
    expect(await provider.waitForTask(task)).toMatchObject({ status: "succeeded" })
    expect(stub.indexes.get("product_v1")!.docs.get("p2")).toMatchObject({
      created_at: Date.parse("2026-02-01T00:00:00.000Z"),
    })
    expect(await provider.listIndexes()).toEqual([
      { name: "product_v1", provider: "search-meilisearch", document_count: 3 },
    ])
  })

  it("searches with a compiled filter, sort, facets and paging, and maps the answer", async () => {
    const result = await provider.search({
      index,
      q: "木耳",
      attributes_to_retrieve: ["id", "handle", "title"],
      filters: { status: "published", category: { $in: ["mushrooms"] } },
      pagination: { skip: 0, take: 10, order: { _score: "DESC", price_min_fen: "ASC" } },
      search_options: { match_strategy: "last", facets: [{ field: "category", limit: 50 }, "price_band"] },
    })
    const sent = [...stub.requests].reverse().find((r) => r.path === "/multi-search")!.body as {
      queries: Record<string, unknown>[]
    }
    expect(sent.queries[0]).toMatchObject({
      indexUid: "product_v1",
      q: "木耳",
      filter: 'status = "published" AND category IN ["mushrooms"]',
      sort: ["price_min_fen:asc"],
      facets: ["category", "price_band"],
      matchingStrategy: "all",
      offset: 0,
      limit: 10,
    })
    expect(result.hits.map((h) => h.id)).toEqual(["p1"]) // via the synonym 木耳 → 黑木耳 in the stub's naive match
    expect(result.facets).toEqual({
      category: { type: "value", values: [{ value: "mushrooms", count: 1 }] },
      price_band: { type: "value", values: [{ value: "under-50", count: 1 }] },
    })
    expect(result.metadata).toMatchObject({ count: 1, skip: 0, take: 10 })
  })

  it("runs several queries in one multi-search round trip", async () => {
    const before = stub.requests.length
    const base = { index, attributes_to_retrieve: ["id"] }
    const results = await provider.searchMany([
      { ...base, q: "", filters: { category: "mushrooms" } },
      { ...base, q: "", filters: { category: "grain-oil" } },
    ])
    expect(results.map((r) => r.metadata.count)).toEqual([2, 1])
    expect(stub.requests.slice(before).map((r) => r.path)).toEqual(["/multi-search"])
  })

  it("deletes by id through the batch route and by filter otherwise", async () => {
    await provider.waitForTask(await provider.deleteDocuments({ index: "product_v1", filters: { id: ["p3"] } }))
    expect(stub.requests.at(-2)).toMatchObject({ path: "/indexes/product_v1/documents/delete-batch", body: ["p3"] })
    await provider.waitForTask(
      await provider.deleteDocuments({ index: "product_v1", filters: { category: "mushrooms" } }),
    )
    expect(stub.indexes.get("product_v1")!.docs.size).toBe(0)
  })

  it("refuses range facets rather than answering wrongly", async () => {
    await expect(
      provider.search({
        index,
        attributes_to_retrieve: ["id"],
        search_options: { facets: [{ field: "price_min_fen", type: "range", ranges: [{ to: 5000 }] }] },
      }),
    ).rejects.toThrow(/range facets/)
  })
})

describe("toMeiliFilter", () => {
  it("quotes strings, joins with AND, and keeps logical groups", () => {
    expect(
      toMeiliFilter({
        title: 'a "b"',
        price_min_fen: { $gte: 100, $lt: 500 },
        $or: [{ in_stock: true }, { category: { $nin: ["x"] } }],
      }),
    ).toBe(
      'title = "a \\"b\\"" AND price_min_fen >= 100 AND price_min_fen < 500 AND ((in_stock = true) OR (category NOT IN ["x"]))',
    )
    expect(() => toMeiliFilter({ title: { $like: "%x" } })).toThrow(/\$like/)
  })
})
