// #17's targets in one run: boots the production-like stack once (apps/e2e/src/stack.ts: fresh seeded database,
// `medusa start`, `next start`), measures each target PERF_RUNS times with the code of catalog.ts and lighthouse.ts,
// runs search.ts and js-weight.ts as child processes (BENCH_JSON set, their JSON read back), and prints one markdown
// table: target, median figure, each run's figure, met or missed.
// Usage: npm run bench:perf --workspace @fengshou/bench      (do not wrap it in flock: it takes the lock itself)
//   env: PERF_RUNS=3 (1 for a quick pass) BENCH_OUT=<file> (also write the table there) PERF_REBUILD=1 (next build
//        first) PERF_BACKEND_PORT=9400 PERF_STOREFRONT_PORT=8400 TTFB_REQUESTS=50 PERF_SECONDS=10 LH_REPORTS_DIR=<dir>
// The storefront's .next is shared with other checkouts' runs: /tmp/storefront-build.lock is held while the storefront
// is built and measured (TTFB, Lighthouse, JS weight), then released for the store API and search parts.
import { execFileSync, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir, totalmem } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startStack, type Stack } from "../apps/e2e/src/stack"
import { measure, median, pricedProducts } from "./catalog"
import { audit, launchChrome, SHOP_PAGES, ttfb } from "./lighthouse"

const RUNS = Number(process.env.PERF_RUNS ?? 3)
const TTFB_REQUESTS = Number(process.env.TTFB_REQUESTS ?? 50)
const SECONDS = Number(process.env.PERF_SECONDS ?? 10)
const LOCK = "/tmp/storefront-build.lock"
const here = path.dirname(fileURLToPath(import.meta.url))
const scratch = mkdtempSync(path.join(tmpdir(), "fengshou-perf-"))

type Row = { target: string; figure: string; runs: string; met: boolean | null }
const rows: Row[] = []
const loads: string[] = []
const load = (phase: string) => loads.push(`${phase} ${loadavg()[0]!.toFixed(1)}`)
const loadAverage = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")
const f1 = (x: number) => x.toFixed(1)

/** Holds an flock(1) lock until the returned function is called (or this process dies and the pipe closes). */
async function holdLock(file: string): Promise<() => void> {
  const child = spawn("flock", [file, "sh", "-c", "echo held; exec cat >/dev/null"], {
    stdio: ["pipe", "pipe", "inherit"],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve())
    child.once("exit", (code) => reject(new Error(`flock ${file} ended (${code}) before it held the lock`)))
  })
  return () => child.stdin.end()
}

type ChildResult = { json?: unknown; problem?: string }

/**
 * Runs a sibling bench script with BENCH_JSON set: its JSON, and what went wrong if anything did. A script that wrote
 * its JSON and then failed (in its clean-up, say) still gives its figures, with the exit code noted beside them.
 */
async function runJsonScript(script: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ChildResult> {
  const file = path.join(here, script)
  if (!existsSync(file)) return { problem: `bench/${script} is not there` }
  const json = path.join(scratch, `${script}.json`)
  rmSync(json, { force: true })
  // The child's own report goes to stderr, so that stdout keeps only this script's table.
  const child = spawn(process.execPath, [...process.execArgv, file], {
    cwd: here,
    env: { ...process.env, ...env, BENCH_JSON: json },
    stdio: ["ignore", process.stderr, process.stderr],
  })
  const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve))
  clearTimeout(timer)
  const exited = code === 0 ? undefined : `bench/${script} exited ${code}`
  if (!existsSync(json)) return { problem: exited ?? `bench/${script} wrote no JSON to BENCH_JSON` }
  try {
    return { json: JSON.parse(readFileSync(json, "utf8")) as unknown, problem: exited && `${exited} after its JSON` }
  } catch (error) {
    return { problem: `bench/${script} wrote JSON that does not parse: ${(error as Error).message}` }
  }
}

async function measurePages(stack: Stack) {
  const ttfbTargets = ["home", "category listing", "product"]
  for (const page of SHOP_PAGES) {
    load(`TTFB ${page.name}`)
    const p50s: number[] = []
    for (let i = 0; i < RUNS; i++) p50s.push(median(await ttfb(`${stack.storefrontUrl}${page.path}`, TTFB_REQUESTS)))
    const m = median(p50s)
    const targeted = ttfbTargets.includes(page.name)
    rows.push({
      target: targeted
        ? `TTFB p50 ≤ 12 ms, ${page.name} \`${decodeURI(page.path)}\``
        : `TTFB p50, ${page.name} \`${decodeURI(page.path)}\` (no target: for reference)`,
      figure: `${f1(m)} ms`,
      runs: p50s.map(f1).join(" / "),
      met: targeted ? m <= 12 : null,
    })
  }
  const chrome = await launchChrome()
  try {
    for (const page of SHOP_PAGES) {
      load(`Lighthouse ${page.name}`)
      const results = []
      for (let i = 0; i < RUNS; i++)
        results.push(
          await audit(
            `${stack.storefrontUrl}${page.path}`,
            chrome.port,
            `perf-${page.name.replace(/\W+/g, "-")}-${i + 1}`,
          ),
        )
      console.error(`Lighthouse ${page.name}: ${results.map((r) => `${r.performance}/${r.accessibility}`).join(", ")}`)
      const where = `${page.name} \`${decodeURI(page.path)}\``
      const perf = median(results.map((r) => r.performance))
      const a11y = median(results.map((r) => r.accessibility))
      rows.push({
        target: `Lighthouse mobile performance ≥ 95, ${where}`,
        figure: String(perf),
        runs: results.map((r) => r.performance).join(" / "),
        met: perf >= 95,
      })
      const failing = [...new Set(results.flatMap((r) => r.failing.map((f) => f.split(":")[0])))]
      rows.push({
        target: `Lighthouse accessibility 100, ${where}`,
        figure: String(a11y) + (failing.length ? ` (audits failing in some run: ${failing.join(", ")})` : ""),
        runs: results.map((r) => r.accessibility).join(" / "),
        met: a11y >= 100,
      })
    }
  } finally {
    chrome.kill()
  }
}

/** js-weight.ts's JSON: `{ pages: [{ path, js_gzip_kb, files }] }`, one row per page it weighed. */
function jsWeightRows({ json: result, problem }: ChildResult) {
  const target = "JS per page ≤ 150 KB gzip (js-weight.ts)"
  const pages = (typeof result === "object" && result ? (result as { pages?: unknown }).pages : undefined) as
    { path?: unknown; js_gzip_kb?: unknown; files?: unknown }[] | undefined
  if (!Array.isArray(pages) || pages.length === 0 || pages.some((p) => typeof p.js_gzip_kb !== "number")) {
    const why = problem ?? "its JSON has no pages with js_gzip_kb"
    rows.push({ target, figure: `not measured (${why})`, runs: "", met: null })
    return
  }
  for (const p of pages) {
    const kb = p.js_gzip_kb as number
    rows.push({
      target: `${target}, \`${String(p.path)}\``,
      figure: `${f1(kb)} KiB (${String(p.files)} scripts)`,
      runs: problem ? `one run (${problem})` : "one run",
      met: kb <= 150,
    })
  }
}

async function measureStoreApi(stack: Stack) {
  const target = await pricedProducts(stack, 12)
  // The figure only counts if prices come back: Medusa drops calculated_price silently without a region or currency.
  const { products } = (await (await fetch(target.url, { headers: target.headers })).json()) as {
    products: { variants?: { calculated_price?: { calculated_amount?: number } }[] }[]
  }
  const priced =
    products.length > 0 &&
    products.every((p) => typeof p.variants?.[0]?.calculated_price?.calculated_amount === "number")
  for (let i = 0; i < 20; i++) await fetch(target.url, { headers: target.headers })
  load("store API")
  const results = []
  for (let i = 0; i < RUNS; i++) results.push(await measure(target, { connections: 10, seconds: SECONDS }))
  const rps = median(results.map((r) => r.rps))
  const bad = results.reduce((n, r) => n + r.errors + r.non2xx, 0)
  rows.push({
    target: "`GET /store/products?limit=12` with prices ≥ 50 req/s at 10 connections",
    figure: `${f1(rps)} req/s (p50 ${median(results.map((r) => r.p50))} ms${bad ? `, ${bad} errors or non-2xx` : ""}${priced ? "" : ", NOT priced"})`,
    runs: results.map((r) => f1(r.rps)).join(" / "),
    met: priced && bad === 0 && rps >= 50,
  })
}

async function measureSearch() {
  const target = "Search P95 < 50 ms at 10 concurrent, 10,000 products (search.ts)"
  const p95s: number[] = []
  const problems: string[] = []
  for (let i = 0; i < RUNS; i++) {
    load(`search run ${i + 1}`)
    const { json, problem } = await runJsonScript(
      "search.ts",
      { BENCH_PRODUCTS: "10000", BENCH_CONCURRENCY: "10" },
      10 * 60_000,
    )
    const p95 = (json as { p95_ms?: unknown } | undefined)?.p95_ms
    if (typeof p95 === "number") p95s.push(p95)
    if (problem || typeof p95 !== "number") problems.push(`run ${i + 1}: ${problem ?? "no p95_ms in its JSON"}`)
  }
  const notes = problems.length ? ` (${problems.join("; ")})` : ""
  if (p95s.length === 0) return rows.push({ target, figure: `not measured${notes}`, runs: "", met: null })
  const m = median(p95s)
  const figure = `${f1(m)} ms${p95s.length < RUNS ? `, median of ${p95s.length}` : ""}${notes}`
  rows.push({ target, figure, runs: p95s.map(f1).join(" / "), met: m < 50 })
}

function git(args: string[]) {
  return execFileSync("git", args, { cwd: here, encoding: "utf8" }).trim()
}

async function main() {
  const started = new Date()
  const before = loadAverage()
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]).split("\n").filter(Boolean).length
  const commit = `${git(["rev-parse", "--short", "HEAD"])}${dirty ? ` (+ uncommitted changes in ${dirty} tracked files)` : ""}`
  console.error(`waiting for ${LOCK} (other runs build or test the storefront under it)…`)
  let release = await holdLock(LOCK)
  let stack: Stack | undefined
  let buildLine = ""
  try {
    load("start")
    stack = await startStack({
      backendPort: Number(process.env.PERF_BACKEND_PORT ?? 9400),
      storefrontPort: Number(process.env.PERF_STOREFRONT_PORT ?? 8400),
      rebuild: process.env.PERF_REBUILD === "1",
    })
    const built = statSync(path.join(here, "../apps/storefront/.next/BUILD_ID")).mtime
    buildLine = `storefront build (.next) of ${built.toISOString().slice(0, 16).replace("T", " ")} UTC`
    await measurePages(stack)
    load("JS weight")
    jsWeightRows(await runJsonScript("js-weight.ts", {}, 10 * 60_000))
    release()
    release = () => {}
    await measureStoreApi(stack)
  } finally {
    release()
    await stack?.stop()
  }
  await measureSearch()
  const minutes = (Date.now() - started.getTime()) / 60_000
  const lines = [
    `Date: ${started.toISOString().slice(0, 16).replace("T", " ")} UTC, ${f1(minutes)} min; commit ${commit}; ${buildLine}`,
    `Machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    `Load average (1 / 5 / 15 min): before ${before}, after ${loadAverage()}; 1-min load as each part began: ${loads.join(", ")}`,
    `Figures: median of ${RUNS} run${RUNS === 1 ? "" : "s"} (TTFB: p50 of ${TTFB_REQUESTS} sequential GETs per run; store API: ${SECONDS} s of autocannon per run; JS weight: one run, as the same build gives the same bytes)`,
    "",
    `| target | figure (median of ${RUNS}) | runs | met? |`,
    "|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.target} | ${r.figure} | ${r.runs || "—"} | ${r.met === null ? "—" : r.met ? "met" : "**missed**"} |`,
    ),
  ]
  const table = lines.join("\n") + "\n"
  console.log(`\n${table}`)
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, table)
  rmSync(scratch, { recursive: true, force: true })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
