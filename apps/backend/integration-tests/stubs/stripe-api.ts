// A local stand-in for the parts of Stripe's HTTP API that Medusa's Stripe provider calls (payment intents,
// refunds, customers), so the provider runs its real code against a real HTTP server in tests.
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

export type StubIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_received: number
  amount_capturable: number
  currency: string
  status: string
  capture_method: string
  client_secret: string
  metadata: Record<string, string>
  payment_method: null
  payment_method_types: string[]
}

type Form = { [key: string]: string | string[] | Form }

/**
 * Reads Stripe's form encoding: `a=1&metadata[session_id]=x&payment_method_types[0]=card` →
 * { a: "1", metadata: { session_id: "x" }, payment_method_types: ["card"] } (numeric keys make arrays).
 */
export function parseForm(body: string): Form {
  const out: Form = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const [head, ...rest] = key.split("[").map((part) => part.replace(/]$/, ""))
    let node: Form = out
    const path = [head!, ...rest]
    path.forEach((part, i) => {
      const last = i === path.length - 1
      if (last) node[part] = value
      else node = (node[part] ??= {}) as Form
    })
  }
  return arrays(out) as Form
}

// { "0": "card", "1": "alipay" } → ["card", "alipay"], at every depth.
function arrays(node: string | string[] | Form): string | string[] | Form {
  if (typeof node === "string" || Array.isArray(node)) return node
  const keys = Object.keys(node)
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return keys.map((k) => node[k] as string)
  return Object.fromEntries(keys.map((k) => [k, arrays(node[k]!)]))
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = ""
    req.on("data", (c) => (data += c))
    req.on("end", () => resolve(data))
  })

export async function startStripeStub() {
  const intents = new Map<string, StubIntent>()
  const requests: { method: string; path: string }[] = []
  /** Every PaymentIntent create request's parameters, as the provider sent them. */
  const created: Form[] = []
  let seq = 0

  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? "").split("?")[0]!
    const form = parseForm(await readBody(req))
    requests.push({ method: req.method!, path })
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    }
    const intentMatch = /^\/v1\/payment_intents\/(pi_\w+)(?:\/(capture|cancel|confirm))?$/.exec(path)
    const intent = intentMatch ? intents.get(intentMatch[1]!) : undefined

    if (req.method === "POST" && path === "/v1/payment_intents") {
      const id = `pi_stub${++seq}`
      created.push(form)
      const intent: StubIntent = {
        id,
        object: "payment_intent",
        amount: Number(form.amount),
        amount_received: 0,
        amount_capturable: 0,
        currency: String(form.currency),
        status: "requires_payment_method",
        capture_method: String(form.capture_method ?? "automatic"),
        client_secret: `${id}_secret_stub`,
        metadata: (form.metadata as Record<string, string>) ?? {},
        payment_method: null,
        payment_method_types: (form.payment_method_types as string[] | undefined) ?? ["card"],
      }
      intents.set(id, intent)
      return send(200, intent)
    }
    if (intentMatch && !intent) return send(404, { error: { type: "invalid_request_error", code: "resource_missing" } })
    if (intent && req.method === "GET") return send(200, intent)
    if (intent && intentMatch![2] === "capture") {
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      return send(200, intent)
    }
    // Confirming a redirect method (Alipay, WeChat Pay) in test mode: the shopper authorizes, the intent captures.
    if (intent && intentMatch![2] === "confirm") {
      return send(200, Object.assign(intent, { status: "succeeded", amount_received: intent.amount }))
    }
    if (intent && intentMatch![2] === "cancel") return send(200, Object.assign(intent, { status: "canceled" }))
    if (intent && req.method === "POST") {
      if (form.amount) intent.amount = Number(form.amount)
      return send(200, intent)
    }
    if (req.method === "POST" && path === "/v1/refunds") {
      return send(200, { id: `re_stub${++seq}`, object: "refund", amount: Number(form.amount), status: "succeeded" })
    }
    if (req.method === "POST" && path === "/v1/customers")
      return send(200, { id: `cus_stub${++seq}`, object: "customer" })
    send(404, { error: { type: "invalid_request_error", message: `stub has no ${req.method} ${path}` } })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    intents,
    created,
    requests,
    /** The shopper pays: Stripe marks the intent succeeded (automatic capture) as its Payment Element would. */
    pay(id: string) {
      const intent = intents.get(id)
      if (!intent) throw new Error(`no intent ${id}`)
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
      return intent
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
