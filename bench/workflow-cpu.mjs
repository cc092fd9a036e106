// CPU per Medusa workflow run, for a backend started by a bench (a preload, not part of the shop):
//   NODE_OPTIONS="--import $PWD/workflow-cpu.mjs" WORKFLOW_CPU_OUT=/tmp/wf npm run bench:live-cpu
// Each `medusa start` process writes <WORKFLOW_CPU_OUT>-<pid>.json every 2 s: per workflow id, its runs and the CPU
// microseconds (user + system, process.cpuUsage) from its start to its end. That is inclusive (nested workflows count
// in their parent too) and counts whatever else the process did meanwhile, so read it with one order at a time
// (BENCH_GAP_MS) and, for the order.placed subscribers, which Medusa runs all at once, WORKFLOW_CPU_SERIAL=<ids>
// (comma-separated workflow ids run one after another). The JSON also holds every start and end with its CPU
// reading and clock time, to read one order's timeline, and per step ("<workflow id> :: <step id> :: invoke" or
// "compensate") its runs and CPU from the handler's call to its answer (a nested workflow's steps count under its own
// id; steps run in parallel count each other's CPU too).
/* global process, setInterval */
import { writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const out = process.env.WORKFLOW_CPU_OUT
const isServer = process.argv.some((a) => a.endsWith(path.join("cli", "cli.js"))) && process.argv.includes("start")
if (out && isServer) {
  // The backend's own copy of Medusa's orchestration (CommonJS), so the class patched is the one its workflows use.
  const require = createRequire(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../apps/backend/"))
  const { LocalWorkflow, WorkflowManager } = require("@medusajs/orchestration")
  const serial = new Set((process.env.WORKFLOW_CPU_SERIAL ?? "").split(",").filter(Boolean))
  const totals = {}
  const events = []
  const cpu = () => {
    const c = process.cpuUsage()
    return c.user + c.system
  }
  const run = LocalWorkflow.prototype.run
  const timed = async function (...args) {
    const c0 = cpu()
    events.push([this.workflowId, "start", c0, Date.now()])
    try {
      return await run.apply(this, args)
    } finally {
      const c1 = cpu()
      events.push([this.workflowId, "end", c1, Date.now()])
      const t = (totals[this.workflowId] ??= { runs: 0, cpu_us: 0 })
      t.runs++
      t.cpu_us += c1 - c0
    }
  }
  const steps = {}
  const buildHandlers = WorkflowManager.buildHandlers
  WorkflowManager.buildHandlers = function (handlers) {
    const build = buildHandlers.call(this, handlers)
    return (container, context) => {
      const handle = build(container, context)
      return async (actionId, handlerType, payload, transaction, ...rest) => {
        const c0 = cpu()
        try {
          return await handle(actionId, handlerType, payload, transaction, ...rest)
        } finally {
          const t = (steps[`${transaction?.modelId} :: ${actionId} :: ${handlerType}`] ??= { runs: 0, cpu_us: 0 })
          t.runs++
          t.cpu_us += cpu() - c0
        }
      }
    }
  }
  let queue = Promise.resolve()
  LocalWorkflow.prototype.run = async function (...args) {
    if (!serial.has(this.workflowId)) return timed.apply(this, args)
    const before = queue
    let done = () => {}
    queue = new Promise((resolve) => (done = resolve))
    await before
    try {
      return await timed.apply(this, args)
    } finally {
      done()
    }
  }
  setInterval(
    () => writeFileSync(`${out}-${process.pid}.json`, JSON.stringify({ totals, steps, events })),
    2000,
  ).unref()
}
