// Shopper's-journey speed: Lighthouse (mobile profile) and TTFB on the home page, a category listing, a product
// page and search results of the production-like stack (`medusa start`, `next start`, fresh seeded database).
// Usage: npm run bench:lighthouse --workspace @fengshou/bench
//        npm run bench:lighthouse --workspace @fengshou/bench -- --portal   (the cooperative portal's product editor:
//        new and an existing product's edit page, accessibility only, signed in as a demo clerk; see portalPages)
//   env: LH_RUNS=3 TTFB_REQUESTS=50 BENCH_REBUILD=1 (rebuild the storefront first) CHROME_PATH=/usr/bin/chromium
//        LH_BACKEND_PORT=9300 LH_STOREFRONT_PORT=8300 LH_REPORTS_DIR=/tmp/lh (keep each run's JSON report)
// The storefront build is shared with other checkouts' runs: wrap this in `flock /tmp/storefront-build.lock …`.
// bench/perf.ts imports SHOP_PAGES, ttfb(), audit() and launchChrome() from here; run as a script it does the above.
import { execFile } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { cpus, loadavg, totalmem } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import * as chromeLauncher from "chrome-launcher"
import type { Result as LighthouseResult } from "lighthouse"
import { findChromium, NO_BROWSER_MESSAGE } from "../apps/e2e/src/browser"
import { startStack, type Stack } from "../apps/e2e/src/stack"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"

const runs = Number(process.env.LH_RUNS ?? 3)
const ttfbRequests = Number(process.env.TTFB_REQUESTS ?? 50)
const portal = process.argv.includes("--portal")
export type BenchPage = { name: string; path: string }
export const SHOP_PAGES: BenchPage[] = [
  { name: "home", path: "/" },
  { name: "category listing", path: "/categories/mushrooms" },
  { name: "product", path: "/products/changsheng-millet" },
  { name: "search results", path: `/search?q=${encodeURIComponent("小米")}` },
]

export type Run = {
  performance: number
  accessibility: number
  lcp: number
  tbt: number
  cls: number
  failing: string[]
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!

/** The first few failing elements of an audit, as CSS selectors. */
function nodes(details: unknown): string {
  const items = (details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? []
  const selectors = items.flatMap((item) => (item.node?.selector ? [item.node.selector] : [])).slice(0, 3)
  return selectors.length ? ` [${selectors.join("; ")}]` : ""
}

// Lighthouse runs as its own CLI under plain node: loaded through tsx, the functions it sends into the page carry
// esbuild's `__name` helper, which the page does not have.
const lighthouseCli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js")

/** One Lighthouse run of a page in the Chrome listening on `port`; the JSON report is kept under LH_REPORTS_DIR. */
export async function audit(
  url: string,
  port: number,
  reportName: string,
  opts: { accessibilityOnly?: boolean; headers?: Record<string, string> } = {},
): Promise<Run> {
  const { headers } = opts
  // Lighthouse's default config is the mobile profile: Moto G Power viewport, simulated slow 4G and 4× CPU slowdown.
  const only = opts.accessibilityOnly ? "accessibility" : "performance,accessibility"
  const args = [lighthouseCli, url, `--port=${port}`, `--only-categories=${only}`]
  if (headers) args.push(`--extra-headers=${JSON.stringify(headers)}`)
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...args, "--output=json", "--output-path=stdout", "--quiet"],
    {
      maxBuffer: 256 * 2 ** 20,
    },
  )
  const reportsDir = process.env.LH_REPORTS_DIR
  if (reportsDir) {
    mkdirSync(reportsDir, { recursive: true })
    writeFileSync(path.join(reportsDir, `${reportName}.json`), stdout)
  }
  const { categories, audits, runtimeError } = JSON.parse(stdout) as LighthouseResult
  if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`)
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
  const failing = (categories.accessibility?.auditRefs ?? [])
    .map((ref) => audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => `${a!.id}: ${a!.title}${nodes(a!.details)}`)
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    lcp: audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbt: audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    failing,
  }
}

/** Time to the response headers of `count` sequential GETs (after 20 unmeasured ones to warm caches and the JIT). */
export async function ttfb(url: string, count: number): Promise<number[]> {
  for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer()
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    const response = await fetch(url)
    times.push(performance.now() - start)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  }
  return times
}

/**
 * The portal's product editor as a demo clerk sees it: the token Medusa gives 远达's clerk goes in the `fs_coop`
 * cookie, as the portal's login action would set it, sent by Lighthouse with every request.
 */
async function portalPages(stack: Stack): Promise<{ pages: BenchPage[]; headers: Record<string, string> }> {
  const auth = await fetch(`${stack.backendUrl}/auth/cooperative/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "yuanda@demo.fengshou.local", password: E2E_DEMO_PASSWORD }),
  })
  if (!auth.ok) throw new Error(`the demo clerk's login answered ${auth.status}: ${await auth.text()}`)
  const { token } = (await auth.json()) as { token: string }
  const list = await fetch(`${stack.backendUrl}/cooperative/products`, {
    headers: { authorization: `Bearer ${token}` },
  })
  if (!list.ok) throw new Error(`GET /cooperative/products answered ${list.status}: ${await list.text()}`)
  const { products } = (await list.json()) as { products: { id: string }[] }
  if (!products[0]) throw new Error("the demo seed gave 远达 no products to edit")
  return {
    pages: [
      { name: "new product", path: "/portal/cooperative/products/new" },
      { name: "edit product", path: `/portal/cooperative/products/${products[0].id}` },
    ],
    headers: { Cookie: `fs_coop=${token}` },
  }
}

/** Warms a portal page and makes sure it is the signed-in page, not the login form Lighthouse would score instead. */
async function warmSignedIn(url: string, headers: Record<string, string>) {
  for (let i = 0; i < 5; i++) {
    const response = await fetch(url, { headers })
    const html = await response.text()
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
    // The page's messages (login strings included) ride along in every portal page: look for the form's control.
    if (/<input[^>]*type="password"/.test(html))
      throw new Error(`GET ${url} shows the login form: the clerk's cookie was refused`)
  }
}

/** Debian's Chromium (or CHROME_PATH), headless, for Lighthouse to drive; kill() it when done. */
export async function launchChrome() {
  const chromePath = findChromium(process.env.CHROME_PATH)
  if (!chromePath) throw new Error(NO_BROWSER_MESSAGE)
  // As root (CI) Chromium needs --no-sandbox.
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  })
}

async function main() {
  if (!findChromium(process.env.CHROME_PATH)) throw new Error(NO_BROWSER_MESSAGE)
  const load = loadavg()[0]!.toFixed(1)
  const stack = await startStack({
    backendPort: Number(process.env.LH_BACKEND_PORT ?? 9300),
    storefrontPort: Number(process.env.LH_STOREFRONT_PORT ?? 8300),
    rebuild: process.env.BENCH_REBUILD === "1",
  })
  const chrome = await launchChrome()
  const rows: string[] = []
  const failing = new Map<string, Set<string>>()
  try {
    const { pages, headers } = portal ? await portalPages(stack) : { pages: SHOP_PAGES, headers: undefined }
    for (const page of pages) {
      const url = `${stack.storefrontUrl}${page.path}`
      // TTFB also warms the page before Lighthouse sees it; the portal's pages are only warmed and checked.
      const times = headers ? (await warmSignedIn(url, headers), []) : await ttfb(url, ttfbRequests)
      const results: Run[] = []
      for (let i = 0; i < runs; i++)
        results.push(
          await audit(url, chrome.port, `${page.name.replace(/\W+/g, "-")}-${i + 1}`, {
            accessibilityOnly: portal,
            headers,
          }),
        )
      for (const r of results) for (const f of r.failing) failing.set(f, (failing.get(f) ?? new Set()).add(page.name))
      const m = (pick: (r: Run) => number) => median(results.map(pick))
      const scores = results.map((r) => r.accessibility).join(", ")
      rows.push(
        portal
          ? `| ${page.name} \`${page.path.replace(/prod_\w+/, "[id]")}\` | ${m((r) => r.accessibility)} | ${scores} |`
          : `| ${page.name} \`${decodeURI(page.path)}\` | ${m((r) => r.performance)} | ${m((r) => r.accessibility)} | ` +
              `${(m((r) => r.lcp) / 1000).toFixed(1)} s | ${m((r) => r.tbt).toFixed(0)} ms | ${m((r) => r.cls).toFixed(3)} | ` +
              `${median(times).toFixed(1)} ms | ${percentile(times, 90).toFixed(1)} ms |`,
      )
      console.error(`done: ${page.name} (${results.map((r) => `${r.performance}/${r.accessibility}`).join(", ")})`)
    }
  } finally {
    chrome.kill()
    await stack.stop()
  }
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  console.log(
    `Date: ${new Date().toISOString().slice(0, 10)}; load average ${load} before the run; Lighthouse mobile, ${runs} runs`,
  )
  if (portal) {
    console.log("per page (median and each run), signed in as 远达's clerk\n")
    console.log("| page | accessibility | runs |")
    console.log("|---|---|---|")
  } else {
    console.log(`per page (medians); TTFB over ${ttfbRequests} sequential requests\n`)
    console.log("| page | performance | accessibility | LCP | TBT | CLS | TTFB p50 | TTFB p90 |")
    console.log("|---|---|---|---|---|---|---|---|")
  }
  for (const row of rows) console.log(row)
  if (failing.size > 0) {
    console.log("\nAccessibility audits that failed:")
    for (const [auditTitle, pages] of failing) console.log(`- ${auditTitle} (${[...pages].join(", ")})`)
  }
}

// Run as a script, not when imported by perf.ts.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
