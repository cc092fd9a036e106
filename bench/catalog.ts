// Catalog read benchmark: autocannon against the store API's product list and the storefront's home and
// product pages, on a production-like stack (`medusa start`, `next start`) with a fresh seeded database.
// Usage: npm run bench   (env: BENCH_SECONDS=10 BENCH_RUNS=3 BENCH_CONNECTIONS=10)
import { cpus, totalmem } from "node:os"
import autocannon from "autocannon"
import { startStack } from "../apps/e2e/src/stack"

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const runs = Number(process.env.BENCH_RUNS ?? 3)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)

type Target = { name: string; url: string; headers?: Record<string, string> }
type Run = { rps: number; p50: number; p90: number; p99: number; errors: number; non2xx: number }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

async function measure(target: Target): Promise<Run> {
  const result = await autocannon({ url: target.url, headers: target.headers, connections, duration: seconds })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

async function main() {
  const stack = await startStack({ backendPort: 9200, storefrontPort: 8200 })
  try {
    const headers = { "x-publishable-api-key": stack.publishableKey }
    const regions = (await (await fetch(`${stack.backendUrl}/store/regions`, { headers })).json()) as {
      regions: { id: string }[]
    }
    const regionId = regions.regions[0]!.id
    const targets: Target[] = [
      {
        name: "backend GET /store/products (20, priced)",
        url: `${stack.backendUrl}/store/products?limit=20&region_id=${regionId}&fields=*variants.calculated_price`,
        headers,
      },
      { name: "storefront GET / (home)", url: `${stack.storefrontUrl}/` },
      { name: "storefront GET /products/changsheng-millet", url: `${stack.storefrontUrl}/products/changsheng-millet` },
    ]
    const rows: string[] = []
    for (const target of targets) {
      for (let i = 0; i < 20; i++) await fetch(target.url, { headers: target.headers }) // warm caches and JIT
      const results: Run[] = []
      for (let i = 0; i < runs; i++) results.push(await measure(target))
      const bad = results.reduce((n, r) => n + r.errors + r.non2xx, 0)
      rows.push(
        `| ${target.name} | ${median(results.map((r) => r.rps)).toFixed(0)} | ${median(results.map((r) => r.p50))} | ` +
          `${median(results.map((r) => r.p90))} | ${median(results.map((r) => r.p99))} | ${bad} |`,
      )
      console.error(`done: ${target.name}`)
    }
    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    )
    console.log(
      `Date: ${new Date().toISOString().slice(0, 10)}; ${runs} runs × ${seconds} s, ${connections} connections each; medians\n`,
    )
    console.log("| target | req/s | p50 ms | p90 ms | p99 ms | errors + non-2xx |")
    console.log("|---|---|---|---|---|---|")
    for (const row of rows) console.log(row)
  } finally {
    await stack.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
