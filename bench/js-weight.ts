// JavaScript per page: the gzip size of every script a shopper's catalog page loads in production (issue 17), on the
// production-like stack bench/lighthouse.ts uses (`medusa start`, `next start`, fresh seeded database).
// Usage: npm run bench:js-weight --workspace @fengshou/bench
//   env: BENCH_REBUILD=1 (next build first) JSW_BACKEND_PORT=9310 JSW_STOREFRONT_PORT=8310 CHROME_PATH=/usr/bin/chromium
//        JSW_FILES=1 (list each page's scripts on stderr) BENCH_JSON=/tmp/js-weight.json (also write {"pages":[{"path", "js_gzip_kb", "files"}]} there)
// A page's JS is every script Chromium fetches from the storefront between navigation and network idle (the HTML's
// scripts and whatever they import at start-up), each gzipped here at zlib's default level (as `next start` serves
// them), so the figure does not depend on the server's headers. Nothing is clicked or typed: code that only loads on
// interaction is not counted, which is the point of loading it that way. The scripts Next fetches to prefetch routes
// linked from the page are left out (Next marks those requests with the `next-router-prefetch` header or fetches
// them after the page's own; see `isPrefetch`): they are the next page's weight, not this one's.
// The storefront build is shared with other checkouts' runs: wrap this in `flock /tmp/storefront-build.lock …`.
import { writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import { gzipSync } from "node:zlib"
import type { Browser, Request } from "playwright-core"
import { findChromium, launchChromium, NO_BROWSER_MESSAGE } from "../apps/e2e/src/browser"
import { E2E_DEMO_PASSWORD } from "../apps/e2e/src/demo-password"
import { startStack, type Stack } from "../apps/e2e/src/stack"

type PageWeight = { path: string; js_gzip_kb: number; files: number }

/** The demo seed's cooperative page, one of its lots' trace page and the live pages, found as a shopper, clerk and host would. */
async function seededPaths(stack: Stack): Promise<string[]> {
  const list = await (await fetch(`${stack.storefrontUrl}/cooperatives`)).text()
  const cooperative = /href="(\/cooperatives\/[a-z0-9-]+)"/.exec(list)?.[1]
  if (!cooperative) throw new Error("the /cooperatives page links no cooperative")
  const auth = await fetch(`${stack.backendUrl}/auth/cooperative/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "yuanda@demo.fengshou.local", password: E2E_DEMO_PASSWORD }),
  })
  if (!auth.ok) throw new Error(`the demo clerk's login answered ${auth.status}`)
  const { token } = (await auth.json()) as { token: string }
  const lots = await fetch(`${stack.backendUrl}/cooperative/lots`, { headers: { authorization: `Bearer ${token}` } })
  const lot = ((await lots.json()) as { lots: { trace_code: string }[] }).lots[0]
  if (!lot) throw new Error("the demo seed has no lots for 远达")
  return [cooperative, `/trace/${lot.trace_code}`, ...(await livePaths(stack))]
}

/**
 * The demo host's live shelf and its cart link, where a flash sale's shoppers land on their phones. Opening the link
 * holds its units and lands on the held page (`/l/<code>/held`, the countdown), which is what is weighed for it.
 */
async function livePaths(stack: Stack): Promise<string[]> {
  const auth = await fetch(`${stack.backendUrl}/auth/host/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "host@demo.fengshou.local", password: E2E_DEMO_PASSWORD }),
  })
  if (!auth.ok) throw new Error(`the demo host's login answered ${auth.status}`)
  const headers = { authorization: `Bearer ${((await auth.json()) as { token: string }).token}` }
  const { sessions } = (await (await fetch(`${stack.backendUrl}/host/sessions`, { headers })).json()) as {
    sessions: { id: string; status: string }[]
  }
  const live = sessions.find((s) => s.status === "live")
  if (!live) throw new Error("the demo host has no live session")
  const { links } = (await (await fetch(`${stack.backendUrl}/host/sessions/${live.id}/links`, { headers })).json()) as {
    links: { code: string }[]
  }
  if (!links[0]) throw new Error("the demo live session has no cart link")
  return [`/live/${live.id}`, `/l/${links[0].code}`]
}

const isPrefetch = (request: Request) => request.headers()["next-router-prefetch"] !== undefined

async function weigh(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  const page = await context.newPage()
  const scripts = new Map<string, number>()
  const pending: Promise<void>[] = []
  page.on("response", (response) => {
    const request = response.request()
    if (request.resourceType() !== "script" || !response.url().startsWith(origin) || isPrefetch(request)) return
    pending.push(
      response.body().then((body) => {
        scripts.set(new URL(response.url()).pathname, gzipSync(body).length)
      }),
    )
  })
  const response = await page.goto(`${origin}${path}`, { waitUntil: "networkidle" })
  if (!response?.ok()) throw new Error(`GET ${path} answered ${response?.status()}`)
  await Promise.all(pending)
  await context.close()
  if (process.env.JSW_FILES === "1")
    for (const [file, size] of scripts) console.error(`${path}\t${(size / 1024).toFixed(1)} KiB\t${file}`)
  const bytes = [...scripts.values()].reduce((a, b) => a + b, 0)
  return { path, js_gzip_kb: Math.round((bytes / 1024) * 10) / 10, files: scripts.size }
}

async function main() {
  const chromePath = findChromium(process.env.CHROME_PATH)
  if (!chromePath) throw new Error(NO_BROWSER_MESSAGE)
  const load = loadavg()[0]!.toFixed(1)
  const stack = await startStack({
    backendPort: Number(process.env.JSW_BACKEND_PORT ?? 9310),
    storefrontPort: Number(process.env.JSW_STOREFRONT_PORT ?? 8310),
    rebuild: process.env.BENCH_REBUILD === "1",
  })
  const browser = await launchChromium(chromePath)
  const pages: PageWeight[] = []
  try {
    const paths = ["/", "/categories/mushrooms", "/products/changsheng-millet", "/search?q=小米"]
    paths.push(...(await seededPaths(stack)))
    for (const path of paths) pages.push(await weigh(browser, stack.storefrontUrl, path))
  } finally {
    await browser.close()
    await stack.stop()
  }
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  )
  console.log(`Date: ${new Date().toISOString().slice(0, 10)}; load average ${load} before the run\n`)
  console.log("| page | JS (KiB gzip) | files |")
  console.log("|---|---|---|")
  for (const p of pages) console.log(`| \`${p.path}\` | ${p.js_gzip_kb.toFixed(1)} | ${p.files} |`)
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ pages }, null, 2)}\n`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
