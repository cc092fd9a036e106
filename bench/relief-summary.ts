// Relief report benchmark: 1,000,000 ledger entries in PostgreSQL, then the officials' summary for every group_by at
// county (231223) and province (23) scope over one year: the path the routes use (ledger.summarize: relief-core's
// LedgerColumns, a column copy of the ledger brought up to date from the table before each report) beside the naive
// path (load the scoped entries from PostgreSQL, fold them with relief-core's foldReport).
// Usage: npm run bench:relief --workspace @fengshou/bench   (env: BENCH_ENTRIES=1000000 BENCH_RUNS=20)
import { cpus, totalmem } from "node:os"
import pg from "pg"
import { foldReport, REPORT_GROUPINGS, type LedgerEntry, type ReportQuery } from "@fengshou/relief-core"
import { freshDatabase } from "../apps/e2e/src/database"
import { Migration20261122115949 } from "../apps/backend/src/modules/relief-ledger/migrations/Migration20261122115949"
import { LedgerReportCache } from "../apps/backend/src/modules/relief-ledger/report-cache"
import { toLedgerEntry, type LedgerRow } from "../apps/backend/src/modules/relief-ledger/rows"

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 20)
const NAIVE_RUNS = Number(process.env.BENCH_NAIVE_RUNS ?? 3)
const PER_LINE = 5 // one cooperative entry and four household entries

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
}

/** `?` placeholders (the module's style, via MikroORM) to pg's `$n`. */
const execute =
  (client: pg.Client) =>
  async <T>(sql: string, params: unknown[] = []) => {
    let n = 0
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      )
    ).rows as T
  }

async function createTable(client: pg.Client) {
  const statements: string[] = []
  const migration = Object.create(Migration20261122115949.prototype) as {
    addSql: (s: string) => void
    up: () => Promise<void>
  }
  migration.addSql = (s) => statements.push(s)
  await migration.up()
  for (const sql of statements) await client.query(sql)
}

/**
 * Lines spread over 2025–2026 and 300 villages (a fifth of them in 青冈县 231223, half in 黑龙江 23), each with a
 * cooperative entry and four household entries of 40 households per village; one line in twenty is refunded in part.
 */
async function fill(client: pg.Client) {
  const lines = Math.ceil(ENTRIES / PER_LINE)
  await client.query(`
    create temporary table bench_line as
    select i, 'order_' || (i / 2) as order_id, 'line_' || i as line_item_id,
           case when i % 5 = 0 then '231223' || lpad(((i / 5) % 60)::text, 6, '0')
                when i % 2 = 0 then '2310' || lpad(((i / 2) % 120)::text, 8, '0')
                else (array['37','21','52','62'])[1 + i % 4] || lpad((i % 120)::text, 10, '0') end as division_code,
           (array['online','online','livestream','institutional'])[1 + (i / 3) % 4] as channel,
           (array['grain-oil','mushrooms','honey','eggs',null])[1 + (i / 7) % 5] as category,
           timestamptz '2025-01-01 00:00:00+08' + ((i * 7919) % (730 * 24 * 60)) * interval '1 minute' as occurred_at,
           1000 + (i * 37) % 20000 as net_fen, 250 * (1 + i % 20) as grams
    from generate_series(1, ${lines}) i`)
  await client.query(`
    insert into relief_ledger_entry (id, entry_key, source_event_id, kind, party, order_id, line_item_id, cooperative_id,
      division_code, channel, category, household_id, household_status, household_persons, benefit_kind, amount_fen,
      quantity_g, occurred_at, occurred_on)
    select 'rle_' || l.i || '_' || h.n, l.i || '|' || h.n, 'order.placed:' || l.order_id, 'sale',
           case when h.n = 0 then 'cooperative' else 'household' end, l.order_id, l.line_item_id,
           'coop_' || l.division_code, l.division_code, l.channel, l.category,
           case when h.n = 0 then null else 'hh_' || l.division_code || '_' || ((l.i + h.n) % 40) end,
           case when h.n = 0 then null else (array['registered_poor','monitored','member'])[1 + (l.i + h.n) % 3] end,
           case when h.n = 0 then null else 1 + (l.i + h.n) % 6 end,
           case when h.n = 0 then null when h.n % 2 = 0 then 'dividend' else 'supply' end,
           case when h.n = 0 then l.net_fen * 6 / 10 else l.net_fen / 10 end,
           case when h.n = 0 then l.grams else 0 end,
           l.occurred_at, to_char(l.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
    from bench_line l cross join generate_series(0, ${PER_LINE - 1}) h(n)`)
  await client.query(`
    insert into relief_ledger_entry (id, entry_key, source_event_id, kind, party, order_id, line_item_id, cooperative_id,
      division_code, channel, category, amount_fen, quantity_g, occurred_at, occurred_on)
    select 'rle_r' || i, 'refund|' || i, 'refund:' || i, 'refund', 'cooperative', order_id, line_item_id,
           'coop_' || division_code, division_code, channel, category, -(net_fen / 5), 0,
           occurred_at + interval '9 days', to_char((occurred_at + interval '9 days') at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
    from bench_line where i % 20 = 0`)
  await client.query(`analyze relief_ledger_entry`)
  const { rows } = await client.query(`select count(*)::int as n from relief_ledger_entry`)
  return rows[0].n as number
}

async function naive(client: pg.Client, query: ReportQuery) {
  const { rows } = await client.query(
    `select * from relief_ledger_entry where occurred_on between $1 and $2 and division_code like $3`,
    [query.from, query.to, `${query.region ?? ""}%`],
  )
  return foldReport((rows as LedgerRow[]).map(toLedgerEntry) as LedgerEntry[], query)
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint()
  const result = await work()
  return [Number(process.hrtime.bigint() - start) / 1e6, result]
}

async function main() {
  const db = await freshDatabase()
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    await createTable(client)
    const [fillMs, count] = await time(() => fill(client))
    console.log(`# ${count} ledger entries written in ${(fillMs / 1000).toFixed(1)} s`)
    console.log(
      `# ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
    )
    const cache = new LedgerReportCache()
    const summarize = (query: ReportQuery) => cache.summarize(execute(client), query)
    const [loadMs] = await time(() => summarize({ from: "2026-01-01", to: "2026-12-31", group_by: "region" }))
    const rss = Math.round(process.memoryUsage().rss / 2 ** 20)
    console.log(
      `# first report (loads the column copy of every entry): ${(loadMs / 1000).toFixed(1)} s; process RSS after: ${rss} MiB`,
    )
    console.log("| scope | group_by | rows | summarize p50 ms | summarize p95 ms | naive fold p50 ms | same figures |")
    console.log("|---|---|---|---|---|---|---|")
    for (const region of ["231223", "23"]) {
      for (const group_by of REPORT_GROUPINGS) {
        const query: ReportQuery = { from: "2026-01-01", to: "2026-12-31", region, group_by }
        await summarize(query) // warm-up
        const sql: number[] = []
        let report
        for (let r = 0; r < RUNS; r += 1) {
          const [ms, result] = await time(() => summarize(query))
          sql.push(ms)
          report = result
        }
        const slow: number[] = []
        let folded
        for (let r = 0; r < NAIVE_RUNS; r += 1) {
          const [ms, result] = await time(() => naive(client, query))
          slow.push(ms)
          folded = result
        }
        const same = JSON.stringify(report) === JSON.stringify(folded)
        console.log(
          `| ${region} | ${group_by} | ${report?.rows.length} | ${percentile(sql, 50).toFixed(0)} | ${percentile(sql, 95).toFixed(0)} | ${percentile(slow, 50).toFixed(0)} | ${same ? "yes" : "NO"} |`,
        )
      }
    }
  } finally {
    await client.end()
    await db.drop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
