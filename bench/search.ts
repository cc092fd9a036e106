// Product search benchmark: 10,000 generated products in the PostgreSQL provider the backend uses
// (search-postgres-zh: Medusa's engine plus Chinese pairs and pinyin), then searches as GET /store/search makes
// them (hits, count and four facet counts; a second facet query when a facet is chosen) from 10 concurrent
// callers. Measures the provider and PostgreSQL, not HTTP. Target: P95 < 50 ms.
// Usage: npm run bench:search --workspace @fengshou/bench   (env: BENCH_PRODUCTS=10000 BENCH_SEARCHES=2000 BENCH_CONCURRENCY=10;
// BENCH_JSON=<file> also writes the concurrent run's figures there as one JSON object, with the load average)
import { writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import pg from "pg"
import type { SearchTypes } from "@medusajs/framework/types"
import { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
import { freshDatabase } from "../apps/e2e/src/database"
import { ChinesePostgresSearchService } from "../apps/backend/src/modules/search-postgres-zh/service"
import { productSearchFields } from "../apps/backend/src/lib/search/product-fields"
import { toProductDocument, type ProductRow } from "../apps/backend/src/lib/search/product-document"

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000)
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 2_000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10)

const KINDS = [
  ["小米", "Millet", "grain-oil"],
  ["豆油", "Soybean oil", "grain-oil"],
  ["大米", "Rice", "grain-oil"],
  ["羊肚菌", "Morels", "mushrooms"],
  ["黑木耳", "Black fungus", "mushrooms"],
  ["香菇", "Shiitake", "mushrooms"],
  ["蜂蜜", "Honey", "honey"],
  ["土鸡蛋", "Free-range eggs", "eggs"],
  ["鸭蛋", "Duck eggs", "eggs"],
  ["小枣", "Jujubes", "dried-fruit"],
  ["核桃", "Walnuts", "dried-fruit"],
  ["花生", "Peanuts", "dried-fruit"],
] as const
const ADJECTIVES = [
  ["有机", "Organic"],
  ["富硒", "Selenium-rich"],
  ["散养", "Free-range"],
  ["野生", "Wild"],
  ["精选", "Select"],
  ["山地", "Upland"],
  ["东北", "Northeast"],
  ["农家", "Farmhouse"],
] as const
const PROVINCES = [
  ["23", "黑龙江省", "绥化市", "青冈县"],
  ["37", "山东省", "威海市", "文登区"],
  ["21", "辽宁省", "朝阳市", "北票市"],
  ["52", "贵州省", "毕节市", "威宁县"],
  ["62", "甘肃省", "定西市", "岷县"],
] as const
const VILLAGE_CHARS = "兴东北马大桥团结羊肠沟土宝营上园新丰河西南山前后王李张刘"
const CERTS = ["organic", "organic_conversion", "green_food", "geographic_indication", "selenium_test", "trademark"]
const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length]!

function generatedRow(i: number): ProductRow {
  const [zh, en, category] = pick(KINDS, i * 7)
  const [adjZh] = pick(ADJECTIVES, i * 3 + (i >> 4))
  const [code, province, city, county] = pick(PROVINCES, i * 11)
  const village = `${pick([...VILLAGE_CHARS], i)}${pick([...VILLAGE_CHARS], i * 5 + 1)}村`
  const price = (1990 + ((i * 7919) % 30000)) / 100
  return {
    id: `prod_bench_${String(i).padStart(6, "0")}`,
    handle: `bench-${i}`,
    title: `${adjZh}${zh} ${(i % 9) + 1}号`,
    description: `${village}合作社的${adjZh}${zh}，产自${province}${county}。`,
    status: "published",
    created_at: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
    categories: [{ id: `pcat_${category}`, handle: category, name: category }],
    sales_channels: [{ id: "sc_bench" }],
    variants: [
      {
        manage_inventory: true,
        prices: [{ amount: price, currency_code: "cny" }],
        inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: i % 13, reserved_quantity: 0 }] } }],
      },
    ],
    cooperative: {
      handle: `coop-${i % 400}`,
      name_zh: `${village}${zh}合作社`,
      name_en: `${en} Co-op`,
      division_code: `${code}0000000000`.slice(0, 12),
      region: { province, city, county, township: null, village },
      certifications: [{ kind: pick(CERTS, i), title_zh: "认证", title_en: "Certificate" }],
    },
  }
}

/** Medusa's `?` placeholders (via MikroORM) for pg's `$n`, over a pool; transactions on one pooled client. */
function manager(pool: pg.Pool) {
  const run =
    (client: pg.Pool | pg.PoolClient) =>
    async (sql: string, params: unknown[] = []) => {
      let n = 0
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows
    }
  return {
    execute: run(pool),
    transactional: async <T>(cb: (m: { execute: ReturnType<typeof run> }) => Promise<T>) => {
      const client = await pool.connect()
      try {
        await client.query("begin")
        const result = await cb({ execute: run(client) })
        await client.query("commit")
        return result
      } catch (error) {
        await client.query("rollback")
        throw error
      } finally {
        client.release()
      }
    },
  }
}

const QUERIES: { q: string; category?: string }[] = [
  { q: "小米" },
  { q: "木耳" },
  { q: "羊肚菌" },
  { q: "蜂蜜" },
  { q: "ydj" },
  { q: "yangduj" },
  { q: "heimuer" },
  { q: "fengmi" },
  { q: "morles" },
  { q: "honey" },
  { q: "organic walnuts" },
  { q: "富硒" },
  { q: "黑龙江" },
  { q: "" },
  { q: "", category: "mushrooms" },
  { q: "鸡蛋", category: "eggs" },
  { q: "xm" },
  { q: "有机大米" },
]

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
}

async function main() {
  const db = await freshDatabase()
  const pool = new pg.Pool({ connectionString: db.url, max: CONCURRENCY + 2 })
  // Dropping the database `with (force)` at the end ends any connection still idle in the pool (57P01): not a failure.
  pool.on("error", (error) => {
    if ((error as { code?: string }).code !== "57P01") throw error
  })
  try {
    const statements: string[] = []
    const migration = Object.create(Migration20260807120000.prototype) as {
      addSql: (s: string) => void
      up: () => Promise<void>
    }
    migration.addSql = (s) => statements.push(s)
    await migration.up()
    for (const sql of statements) await pool.query(sql)

    const provider = new ChinesePostgresSearchService({ manager: manager(pool) } as never, {})
    const index: SearchTypes.ResolvedSearchIndexDefinition = {
      name: "product",
      entity: "product",
      primary_key: "id",
      provider: "search-postgres-zh",
      physical_name: "bench_product",
      fields: productSearchFields.toFields(),
      settings: { typo_tolerance: { enabled: true } },
      definition_hash: "bench",
      seed: async function* () {},
    }
    await provider.upsertIndex({ index })
    const started = Date.now()
    for (let from = 0; from < PRODUCTS; from += 500) {
      const documents = Array.from({ length: Math.min(500, PRODUCTS - from) }, (_, k) =>
        toProductDocument(generatedRow(from + k), new Map(), new Map()),
      )
      await provider.upsertDocuments({ index: "bench_product", definition: index, documents })
    }
    const indexedMs = Date.now() - started
    await pool.query("vacuum analyze")

    const facets = ["category", "province_code", "certifications", "price_band"].map((field) => ({ field, limit: 50 }))
    const routeSearch = async ({ q, category }: (typeof QUERIES)[number]) => {
      const base = { index, attributes_to_retrieve: ["id", "handle", "title", "price_min_fen"], q: q || undefined }
      const filters = {
        status: "published",
        sales_channel_ids: { $overlaps: ["sc_bench"] },
        ...(category ? { category } : {}),
      }
      const options = { match_strategy: "last" as const, typo_tolerance: true }
      const runs = [
        provider.search({
          ...base,
          filters,
          pagination: { take: 20, skip: 0, order: q ? { _score: "DESC" as const } : { created_at: "DESC" as const } },
          search_options: { ...options, facets },
        }),
      ]
      // What disjunctive facets add: the chosen facet counted without its own filter.
      if (category)
        runs.push(
          provider.search({
            ...base,
            filters: { ...filters, category: undefined },
            pagination: { take: 0 },
            search_options: { ...options, facets: [facets[0]!] },
          }),
        )
      return Promise.all(runs)
    }

    for (let i = 0; i < 100; i++) await routeSearch(pick(QUERIES, i)) // warm up
    const latencies: number[] = []
    let next = 0
    const wall = Date.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < SEARCHES) {
          const query = pick(QUERIES, next++)
          const t0 = performance.now()
          await routeSearch(query)
          latencies.push(performance.now() - t0)
        }
      }),
    )
    const seconds = (Date.now() - wall) / 1000
    const load = loadavg().map((l) => Number(l.toFixed(2)))
    const serial: string[] = []
    for (const query of QUERIES) {
      const times: number[] = []
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now()
        await routeSearch(query)
        times.push(performance.now() - t0)
      }
      serial.push(
        `| ${query.q ? `\`${query.q}\`` : "(none)"}${query.category ? ` + category=${query.category}` : ""} | ${percentile(times, 50).toFixed(1)} |`,
      )
    }
    const [hits] = await routeSearch({ q: "ydj" })
    const [typo] = await routeSearch({ q: "morles" })
    if (!hits!.metadata.count || !typo!.metadata.count)
      throw new Error("the generated catalog should match ydj and, corrected, morles")
    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    )
    console.log(
      `Date: ${new Date().toISOString().slice(0, 10)}; ${PRODUCTS} products indexed in ${(indexedMs / 1000).toFixed(1)} s; ${SEARCHES} searches, ${CONCURRENCY} concurrent; "ydj" matches ${hits!.metadata.count}, "morles" ${typo!.metadata.count}\n`,
    )
    console.log("| products | concurrency | searches/s | p50 ms | p95 ms | p99 ms | max ms |")
    console.log("|---|---|---|---|---|---|---|")
    const f = (x: number) => x.toFixed(1)
    console.log(
      `| ${PRODUCTS} | ${CONCURRENCY} | ${(SEARCHES / seconds).toFixed(0)} | ${f(percentile(latencies, 50))} | ${f(percentile(latencies, 95))} | ${f(percentile(latencies, 99))} | ${f(Math.max(...latencies))} |`,
    )
    console.log("\nOne search at a time (median of 15):\n\n| query | ms |\n|---|---|\n" + serial.join("\n"))
    if (process.env.BENCH_JSON) {
      const round = (x: number) => Number(x.toFixed(1))
      const summary = {
        products: PRODUCTS,
        concurrency: CONCURRENCY,
        searches_per_s: round(SEARCHES / seconds),
        p50_ms: round(percentile(latencies, 50)),
        p95_ms: round(percentile(latencies, 95)),
        p99_ms: round(percentile(latencies, 99)),
        load,
      }
      writeFileSync(process.env.BENCH_JSON, JSON.stringify(summary) + "\n")
    }
  } finally {
    await pool.end()
    if (process.env.BENCH_KEEP_DB) console.log(`kept ${db.url}`)
    else await db.drop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
