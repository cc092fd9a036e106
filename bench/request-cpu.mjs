// CPU per backend HTTP request, for a backend started by a bench (a preload, not part of the shop):
//   NODE_OPTIONS="--import $PWD/request-cpu.mjs" REQUEST_CPU_OUT=/tmp/rq npm run bench:live-journey
// Each `medusa start` process writes <REQUEST_CPU_OUT>-<pid>.json every 2 s: per route (method and path, ids and link
// codes replaced by `:id`, the query left out), its requests and the CPU microseconds (user + system,
// process.cpuUsage) from the request's arrival to its response's end, and the time. Inclusive of whatever else the
// process did meanwhile (requests in parallel, subscribers, jobs), so read it where requests come one at a time, as
// a browser's journey mostly sends them; `overlapped` counts the requests that had another one under way.
/* global process, setInterval */
import { writeFileSync } from "node:fs"
import http from "node:http"
import path from "node:path"

const out = process.env.REQUEST_CPU_OUT
const isServer = process.argv.some((a) => a.endsWith(path.join("cli", "cli.js"))) && process.argv.includes("start")
if (out && isServer) {
  const routes = {}
  let open = 0
  const cpu = () => {
    const c = process.cpuUsage()
    return c.user + c.system
  }
  // Medusa's ids (`cart_01…`, `hold_…`), link codes and other path segments with digits become `:id`.
  const route = (method, url) =>
    `${method} ${(url ?? "").split("?")[0].replace(/\/(?=[^/]*\d)[A-Za-z0-9_-]{8,}(?=\/|$)/g, "/:id")}`
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (event, ...args) {
    if (event === "request") {
      const [req, res] = args
      const key = route(req.method, req.url)
      const [c0, t0] = [cpu(), Date.now()]
      const overlapped = open > 0
      open++
      let counted = false
      const done = () => {
        if (counted) return
        counted = true
        open--
        const r = (routes[key] ??= { requests: 0, overlapped: 0, cpu_us: 0, ms: 0 })
        r.requests++
        if (overlapped || open > 0) r.overlapped++
        r.cpu_us += cpu() - c0
        r.ms += Date.now() - t0
      }
      res.on("finish", done)
      res.on("close", done)
    }
    return emit.apply(this, [event, ...args])
  }
  setInterval(() => writeFileSync(`${out}-${process.pid}.json`, JSON.stringify(routes)), 2000).unref()
}
