// A local stand-in for the parts of Meilisearch's HTTP API our provider calls (indexes, settings, documents,
// tasks, stats, multi-search), so the provider runs its real client code against a real HTTP server in tests.
// Its search is deliberately naive: every query word (or one of its synonyms) must occur in a searchable
// attribute; filters understand `a = "x"`, `a IN [..]` and AND. It records every request for assertions.
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

type Doc = Record<string, unknown>
type StubIndex = { uid: string; primaryKey: string; docs: Map<string, Doc>; settings: Record<string, unknown> }
type StubTask = {
  taskUid: number
  uid: number
  indexUid: string | null
  status: "succeeded" | "failed"
  type: string
  error: { code: string; message: string } | null
}
export type RecordedRequest = { method: string; path: string; body: unknown; authorization?: string }

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = ""
    req.on("data", (c) => (data += c))
    req.on("end", () => resolve(data))
  })

function matchesFilter(doc: Doc, filter: string | undefined): boolean {
  if (!filter) return true
  return filter.split(" AND ").every((clause) => {
    const eq = /^(\w+) = "(.*)"$/.exec(clause.trim())
    const inList = /^(\w+) IN \[(.*)\]$/.exec(clause.trim())
    const values = (field: string) => ([] as unknown[]).concat(doc[field] ?? []).map(String)
    if (eq) return values(eq[1]!).includes(eq[2]!)
    if (inList)
      return inList[2]!
        .split(", ")
        .map((v) => JSON.parse(v) as string)
        .some((v) => values(inList[1]!).includes(v))
    throw new Error(`stub cannot read filter clause ${clause}`)
  })
}

function runSearch(index: StubIndex, params: Record<string, unknown>) {
  const searchable =
    (index.settings.searchableAttributes as string[] | undefined) ?? Object.keys([...index.docs.values()][0] ?? {})
  const synonyms = (index.settings.synonyms as Record<string, string[]> | undefined) ?? {}
  const words = String(params.q ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
  const text = (doc: Doc) =>
    searchable
      .map((a) => ([] as unknown[]).concat(doc[a] ?? []).join(" "))
      .join(" ")
      .toLowerCase()
  let hits = [...index.docs.values()].filter(
    (doc) =>
      matchesFilter(doc, params.filter as string | undefined) &&
      words.every((w) => [w, ...(synonyms[w] ?? [])].some((v) => text(doc).includes(v))),
  )
  for (const rule of ((params.sort as string[] | undefined) ?? []).reverse()) {
    const [field, dir] = rule.split(":")
    hits = [...hits].sort((a, b) => (Number(a[field!]) - Number(b[field!])) * (dir === "desc" ? -1 : 1))
  }
  const facetDistribution: Record<string, Record<string, number>> = {}
  for (const field of (params.facets as string[] | undefined) ?? []) {
    facetDistribution[field] = {}
    for (const doc of hits)
      for (const v of ([] as unknown[]).concat(doc[field] ?? []))
        facetDistribution[field][String(v)] = (facetDistribution[field][String(v)] ?? 0) + 1
  }
  const offset = Number(params.offset ?? 0)
  const limit = Number(params.limit ?? 20)
  return {
    hits: hits.slice(offset, offset + limit),
    query: params.q ?? "",
    offset,
    limit,
    estimatedTotalHits: hits.length,
    facetDistribution,
    processingTimeMs: 1,
  }
}

export async function startMeilisearchStub(opts: { apiKey?: string } = {}) {
  const indexes = new Map<string, StubIndex>()
  const tasks = new Map<number, StubTask>()
  const requests: RecordedRequest[] = []
  let seq = 0
  const task = (indexUid: string | null, type: string, error: StubTask["error"] = null) => {
    const t: StubTask = { taskUid: ++seq, uid: seq, indexUid, status: error ? "failed" : "succeeded", type, error }
    tasks.set(t.uid, t)
    return { taskUid: t.uid, indexUid, status: "enqueued", type, enqueuedAt: new Date().toISOString() }
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stub")
    const raw = await readBody(req)
    const body = raw ? (JSON.parse(raw) as unknown) : undefined
    requests.push({ method: req.method!, path: url.pathname, body, authorization: req.headers.authorization })
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(payload))
    }
    if (opts.apiKey && req.headers.authorization !== `Bearer ${opts.apiKey}`)
      return send(401, { code: "invalid_api_key", message: "bad key" })
    const [, first, uid, sub, action] = url.pathname.split("/")
    const index = uid ? indexes.get(uid) : undefined
    const b = body as Record<string, unknown>

    if (first === "tasks" && uid)
      return tasks.has(Number(uid)) ? send(200, tasks.get(Number(uid))) : send(404, { code: "task_not_found" })
    if (first === "stats") {
      return send(200, {
        databaseSize: 0,
        indexes: Object.fromEntries(
          [...indexes].map(([k, i]) => [k, { numberOfDocuments: i.docs.size, isIndexing: false }]),
        ),
      })
    }
    if (first === "multi-search" && req.method === "POST") {
      const queries = b.queries as Record<string, unknown>[]
      return send(200, {
        results: queries.map((q) => ({ indexUid: q.indexUid, ...runSearch(indexes.get(String(q.indexUid))!, q) })),
      })
    }
    if (first !== "indexes") return send(404, { code: "not_found" })
    if (!uid && req.method === "POST") {
      const name = String(b.uid)
      if (indexes.has(name))
        return send(202, task(name, "indexCreation", { code: "index_already_exists", message: "exists" }))
      indexes.set(name, { uid: name, primaryKey: String(b.primaryKey), docs: new Map(), settings: {} })
      return send(202, task(name, "indexCreation"))
    }
    if (!index) return send(404, { code: "index_not_found", message: `Index \`${uid}\` not found.` })
    if (!sub && req.method === "DELETE") {
      indexes.delete(index.uid)
      return send(202, task(index.uid, "indexDeletion"))
    }
    if (!sub && req.method === "GET") return send(200, { uid: index.uid, primaryKey: index.primaryKey })
    if (sub === "settings" && req.method === "PATCH") {
      Object.assign(index.settings, b)
      return send(202, task(index.uid, "settingsUpdate"))
    }
    if (sub === "search" && req.method === "POST") return send(200, runSearch(index, b))
    if (sub === "documents" && req.method === "POST" && !action) {
      for (const doc of body as Doc[]) index.docs.set(String(doc[index.primaryKey]), doc)
      return send(202, task(index.uid, "documentAdditionOrUpdate"))
    }
    if (sub === "documents" && action === "delete-batch") {
      for (const id of body as string[]) index.docs.delete(id)
      return send(202, task(index.uid, "documentDeletion"))
    }
    if (sub === "documents" && action === "delete") {
      for (const [id, doc] of index.docs) if (matchesFilter(doc, String(b.filter))) index.docs.delete(id)
      return send(202, task(index.uid, "documentDeletion"))
    }
    if (sub === "documents" && req.method === "DELETE") {
      index.docs.clear()
      return send(202, task(index.uid, "documentDeletion"))
    }
    return send(404, { code: "not_found", message: `${req.method} ${url.pathname}` })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    indexes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
