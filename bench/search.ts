// Product search benchmark: 10,000 generated products in the PostgreSQL provider the backend uses
// (search-postgres-zh: Medusa's engine plus Chinese pairs and pinyin), then searches as GET /store/search makes
// them (hits, count and four facet counts; a second facet query when a facet is chosen) from 10 concurrent
// callers. Measures the provider and PostgreSQL, not HTTP. Target: P95 < 50 ms.
// Usage: npm run bench:search --workspace @fengshou/bench   (env: BENCH_PRODUCTS=10000 BENCH_SEARCHES=2000 BENCH_CONCURRENCY=10;
// BENCH_JSON=<file> also writes the concurrent run's figures there as one JSON object, with the load average;
// BENCH_BASELINE=<git revision> also measures that revision's provider, on its own copy of the same products, in turns
// with the working tree's (baseline, current, baseline, current …; BENCH_RUNS turns, 3 by default with a baseline)).
// Each concurrent run reports the CPU per search of Node and of this database's PostgreSQL backends.
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import path from "node:path"
import pg from "pg"
import type { SearchTypes } from "@medusajs/framework/types"
import { buildDisjunctiveFacetQueries, normalizeSearchQuery } from "@medusajs/search/dist/utils"
import { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
import { freshDatabase } from "../apps/e2e/src/database"
import { ChinesePostgresSearchService } from "../apps/backend/src/modules/search-postgres-zh/service"
import { productSearchFields } from "../apps/backend/src/lib/search/product-fields"
import { toProductDocument, type ProductRow } from "../apps/backend/src/lib/search/product-document"

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 10_000)
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 2_000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10)
const BASELINE = process.env.BENCH_BASELINE
const RUNS = Number(process.env.BENCH_RUNS ?? (BASELINE ? 3 : 1))

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

/**
 * Medusa's `?` placeholders (via MikroORM) for pg's `$n`, over a pool; transactions on one pooled client; and what
 * the provider asks of MikroORM's knex to run a named prepared statement (`raw(sql, params).options({ name })`).
 */
function manager(pool: pg.Pool) {
  const numbered = (sql: string) => {
    let n = 0
    return sql.replace(/\?/g, () => `$${++n}`)
  }
  const run =
    (client: pg.Pool | pg.PoolClient) =>
    async (sql: string, params: unknown[] = []) =>
      (await client.query(numbered(sql), params)).rows
  const raw = (sql: string, values: unknown[]) => ({
    options: ({ name }: { name: string }) => pool.query({ name, text: numbered(sql), values }),
  })
  return {
    execute: run(pool),
    getKnex: () => ({ raw }),
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
const median = (xs: number[]) => percentile(xs, 50)

type Provider = ChinesePostgresSearchService

/** A revision's provider (its module and the search text helpers it imports), unpacked once where Node finds its packages. */
async function baselineService(rev: string): Promise<{ label: string; Service: typeof ChinesePostgresSearchService }> {
  const root = path.resolve(__dirname, "..")
  const sha = execFileSync("git", ["-C", root, "rev-parse", "--short", rev]).toString().trim()
  const dir = path.join(root, "node_modules", ".cache", "bench-search", sha)
  if (!existsSync(path.join(dir, "apps"))) {
    mkdirSync(dir, { recursive: true })
    const paths = ["apps/backend/src/modules/search-postgres-zh", "apps/backend/src/lib/search"]
    const archive = execFileSync("git", ["-C", root, "archive", sha, ...paths])
    execFileSync("tar", ["-x", "-C", dir], { input: archive })
  }
  const module = await import(path.join(dir, "apps/backend/src/modules/search-postgres-zh/service.ts"))
  return { label: sha, Service: module.ChinesePostgresSearchService }
}

/** CPU time (user + system, ms) of these processes so far, from /proc (PostgreSQL's backends run on this machine). */
function cpuMs(pids: number[]) {
  const tick = 1000 / 100 // USER_HZ
  let total = 0
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")
      total += (Number(fields[11]) + Number(fields[12])) * tick
    } catch {
      // a backend that ended: its time is lost, so a run's PostgreSQL CPU is a lower bound
    }
  }
  return total
}

async function main() {
  const db = await freshDatabase()
  // Connections are kept for the whole bench, so their backends' CPU can be read before and after each run.
  const pool = new pg.Pool({ connectionString: db.url, max: CONCURRENCY + 2, idleTimeoutMillis: 0 })
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

    const indexOf = (physical: string): SearchTypes.ResolvedSearchIndexDefinition => ({
      name: "product",
      entity: "product",
      primary_key: "id",
      provider: "search-postgres-zh",
      physical_name: physical,
      fields: productSearchFields.toFields(),
      settings: { typo_tolerance: { enabled: true } },
      definition_hash: "bench",
      seed: async function* () {},
    })
    const subjects: { label: string; provider: Provider; index: SearchTypes.ResolvedSearchIndexDefinition }[] = []
    if (BASELINE) {
      const { label, Service } = await baselineService(BASELINE)
      subjects.push({
        label,
        provider: new Service({ manager: manager(pool) } as never, {}),
        index: indexOf("bench_base"),
      })
    }
    subjects.push({
      label: "working tree",
      provider: new ChinesePostgresSearchService({ manager: manager(pool) } as never, {}),
      index: indexOf("bench_product"),
    })
    let indexedMs = 0
    for (const { provider, index } of subjects) {
      await provider.upsertIndex({ index })
      const started = Date.now()
      for (let from = 0; from < PRODUCTS; from += 500) {
        const documents = Array.from({ length: Math.min(500, PRODUCTS - from) }, (_, k) =>
          toProductDocument(generatedRow(from + k), new Map(), new Map()),
        )
        await provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
      }
      indexedMs = Date.now() - started
    }
    await pool.query("vacuum analyze")

    const facets = ["category", "province_code", "certifications", "price_band"].map((field) => ({ field, limit: 50 }))
    /**
     * What GET /store/search asks of the provider (src/queries/search/search-products.ts through the Search Module):
     * the module's own query normalization and disjunctive facet fan-out (a chosen facet is counted again without
     * its own filter), handed to the provider's searchMany; and when nothing matches, the "any word" related search.
     */
    const routeSearch = async (
      { provider, index }: (typeof subjects)[number],
      { q, category }: (typeof QUERIES)[number],
    ) => {
      const filters = {
        status: "published",
        sales_channel_ids: { $overlaps: ["sc_bench"] },
        ...(category ? { category } : {}),
        ...(q ? { q } : {}),
      }
      const run = (strategy: "last" | "any", take: number, withFacets: boolean) => {
        const query = normalizeSearchQuery({
          index,
          query: {
            entity: "product",
            fields: ["id", "handle", "title", "price_min_fen"],
            filters,
            pagination: { skip: 0, take, order: q ? { _score: "DESC" } : { created_at: "DESC" } },
            search_options: {
              match_strategy: strategy,
              typo_tolerance: true,
              ...(withFacets ? { facets, disjunctive_facets: true } : {}),
            },
          },
        })
        const { base, per_facet } = buildDisjunctiveFacetQueries(query)
        return provider.searchMany([base, ...per_facet.values()])
      }
      const [result] = await run("last", 20, true)
      if (q && !result!.metadata.count) await run("any", 6, false)
      return result!
    }

    const pids = async () =>
      (await pool.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")).rows.map(
        (r: { pid: number }) => r.pid,
      )
    // Each subject's latencies under concurrency by query, over all its runs: which queries make the tail.
    const byQuery = new Map(subjects.map((s) => [s.label, new Map(QUERIES.map((q) => [q, [] as number[]]))]))
    const concurrentRun = async (subject: (typeof subjects)[number]) => {
      const latencies: number[] = []
      let next = 0
      const loadBefore = loadavg()[0]!
      const pgBefore = await pids()
      const pgCpu = cpuMs(pgBefore)
      const nodeCpu = process.cpuUsage()
      const wall = Date.now()
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < SEARCHES) {
            const query = pick(QUERIES, next++)
            const t0 = performance.now()
            await routeSearch(subject, query)
            latencies.push(performance.now() - t0)
            byQuery
              .get(subject.label)!
              .get(query)!
              .push(performance.now() - t0)
          }
        }),
      )
      const seconds = (Date.now() - wall) / 1000
      const node = process.cpuUsage(nodeCpu)
      const pgAfter = await pids()
      const pgMs = cpuMs([...new Set([...pgBefore, ...pgAfter])]) - pgCpu
      return {
        label: subject.label,
        searches_per_s: SEARCHES / seconds,
        p50_ms: percentile(latencies, 50),
        p95_ms: percentile(latencies, 95),
        p99_ms: percentile(latencies, 99),
        max_ms: Math.max(...latencies),
        node_cpu_ms: (node.user + node.system) / 1000 / SEARCHES,
        pg_cpu_ms: pgMs / SEARCHES,
        load: [loadBefore, loadavg()[0]!],
      }
    }

    for (const subject of subjects) for (let i = 0; i < 100; i++) await routeSearch(subject, pick(QUERIES, i)) // warm up
    const runs: Awaited<ReturnType<typeof concurrentRun>>[] = []
    for (let turn = 0; turn < RUNS; turn++) for (const subject of subjects) runs.push(await concurrentRun(subject))

    const serial: string[] = []
    for (const query of QUERIES) {
      const cells = subjects.map((s) => {
        const times = byQuery.get(s.label)!.get(query)!
        return `${median(times).toFixed(1)} / ${percentile(times, 95).toFixed(1)}`
      })
      for (const subject of subjects) {
        const times: number[] = []
        for (let i = 0; i < 15; i++) {
          const t0 = performance.now()
          await routeSearch(subject, query)
          times.push(performance.now() - t0)
        }
        cells.push(median(times).toFixed(1))
      }
      serial.push(
        `| ${query.q ? `\`${query.q}\`` : "(none)"}${query.category ? ` + category=${query.category}` : ""} | ${cells.join(" | ")} |`,
      )
    }
    const current = subjects.at(-1)!
    const hits = await routeSearch(current, { q: "ydj" })
    const typo = await routeSearch(current, { q: "morles" })
    if (!hits.metadata.count || !typo.metadata.count)
      throw new Error("the generated catalog should match ydj and, corrected, morles")
    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    )
    console.log(
      `Date: ${new Date().toISOString()}; ${PRODUCTS} products indexed in ${(indexedMs / 1000).toFixed(1)} s; ${SEARCHES} searches, ${CONCURRENCY} concurrent; "ydj" matches ${hits.metadata.count}, "morles" ${typo.metadata.count}\n`,
    )
    const f = (x: number) => x.toFixed(1)
    const row = (r: (typeof runs)[number], name: string) =>
      `| ${name} | ${f(r.searches_per_s)} | ${f(r.p50_ms)} | ${f(r.p95_ms)} | ${f(r.p99_ms)} | ${f(r.max_ms)} | ${r.node_cpu_ms.toFixed(2)} | ${r.pg_cpu_ms.toFixed(2)} | ${r.load.map((l) => l.toFixed(2)).join(" → ")} |`
    console.log(
      `| ${PRODUCTS} products, ${CONCURRENCY} concurrent | searches/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms/search Node | PostgreSQL | load (1 min) |`,
    )
    console.log("|---|---|---|---|---|---|---|---|---|")
    runs.forEach((r, i) => console.log(row(r, `${r.label}, run ${Math.floor(i / subjects.length) + 1}`)))
    const medians = subjects.map(({ label }) => {
      const mine = runs.filter((r) => r.label === label)
      const m = (key: "searches_per_s" | "p50_ms" | "p95_ms" | "p99_ms" | "max_ms" | "node_cpu_ms" | "pg_cpu_ms") =>
        median(mine.map((r) => r[key]))
      return {
        label,
        searches_per_s: m("searches_per_s"),
        p50_ms: m("p50_ms"),
        p95_ms: m("p95_ms"),
        p99_ms: m("p99_ms"),
        max_ms: m("max_ms"),
        node_cpu_ms: m("node_cpu_ms"),
        pg_cpu_ms: m("pg_cpu_ms"),
        load: [Math.min(...mine.map((r) => r.load[0]!)), Math.max(...mine.map((r) => r.load[1]!))],
      }
    })
    if (RUNS > 1) medians.forEach((r) => console.log(row(r, `**${r.label}, median of ${RUNS}**`)))
    console.log(
      `\nBy query: p50 / p95 ms at ${CONCURRENCY} concurrent (all runs), then one search at a time (median of 15):\n\n| query | ${subjects.map((s) => `${s.label} concurrent`).join(" | ")} | ${subjects.map((s) => `${s.label} alone`).join(" | ")} |\n|---|${subjects.map(() => "---|---|").join("")}\n` +
        serial.join("\n"),
    )
    if (process.env.BENCH_JSON) {
      const round = (x: number) => Number(x.toFixed(1))
      const summary = (r: (typeof medians)[number]) => ({
        products: PRODUCTS,
        concurrency: CONCURRENCY,
        searches_per_s: round(r.searches_per_s),
        p50_ms: round(r.p50_ms),
        p95_ms: round(r.p95_ms),
        p99_ms: round(r.p99_ms),
        load: loadavg().map((l) => Number(l.toFixed(2))),
      })
      const baseline = medians.length > 1 ? { baseline: { revision: medians[0]!.label, ...summary(medians[0]!) } } : {}
      writeFileSync(process.env.BENCH_JSON, JSON.stringify({ ...summary(medians.at(-1)!), ...baseline }) + "\n")
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
