import s3Provider from "@medusajs/medusa/file-s3"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { fileModule, s3ProviderOptions, type FileStorageEnv } from "./file-storage"

// A tiny S3-compatible server: PutObject, GetObject and DeleteObject on path-style URLs (/<bucket>/<key>), which is
// what MinIO answers in docker-compose. It keeps the bytes, so the test reads back what the provider sent.
const objects = new Map<string, { body: Buffer; type: string }>()
let server: Server
let base = ""

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  const raw = Buffer.concat(chunks)
  if (!String(req.headers["content-encoding"] ?? "").includes("aws-chunked")) return raw
  // aws-chunked: "<hex size>[;chunk-signature=…]\r\n<bytes>\r\n" … "0\r\n<trailers>"
  const out: Buffer[] = []
  let at = 0
  for (;;) {
    const eol = raw.indexOf("\r\n", at)
    const size = parseInt(raw.subarray(at, eol).toString("latin1").split(";")[0]!, 16)
    if (!size) break
    out.push(raw.subarray(eol + 2, eol + 2 + size))
    at = eol + 2 + size + 2
  }
  return Buffer.concat(out)
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const key = decodeURIComponent((req.url ?? "").split("?")[0]!)
    if (req.method === "PUT") {
      objects.set(key, { body: await bodyOf(req), type: String(req.headers["content-type"] ?? "") })
      res.writeHead(200, { ETag: '"stub"' }).end()
    } else if (req.method === "GET" && objects.has(key)) {
      const o = objects.get(key)!
      res.writeHead(200, { "Content-Type": o.type, "Content-Length": o.body.length }).end(o.body)
    } else if (req.method === "DELETE") {
      objects.delete(key)
      res.writeHead(204).end()
    } else {
      res.writeHead(404, { "Content-Type": "application/xml" }).end("<Error><Code>NoSuchKey</Code></Error>")
    }
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const s3Env = (): FileStorageEnv => ({
  MEDUSA_BACKEND_URL: "http://shop.example:9000",
  S3_BUCKET: "fengshou",
  S3_ENDPOINT: base,
  S3_REGION: "us-east-1",
  S3_ACCESS_KEY_ID: "stub-access",
  S3_SECRET_ACCESS_KEY: "stub-secret-key",
  S3_FILE_URL: `${base}/fengshou/`,
})

describe("fileModule", () => {
  it("uses the local provider under MEDUSA_BACKEND_URL/static when no bucket is set", () => {
    const provider = fileModule({ MEDUSA_BACKEND_URL: "http://192.168.1.5:9000/", S3_REGION: "us-east-1" }).options
      .providers[0]!
    expect(provider.resolve).toBe("@medusajs/medusa/file-local")
    expect(provider.options).toEqual({ backend_url: "http://192.168.1.5:9000/static" })
  })

  it("uploads to an S3-compatible bucket, the public URL serves the bytes, and delete removes them", async () => {
    const provider = fileModule(s3Env()).options.providers[0]!
    expect(provider.resolve).toBe("@medusajs/medusa/file-s3")
    const Service = s3Provider.services[0] as unknown as new (
      deps: { logger: unknown },
      options: ReturnType<typeof s3ProviderOptions>,
    ) => {
      upload(f: { filename: string; mimeType: string; content: string; access: "public" }): Promise<{
        url: string
        key: string
      }>
      delete(f: { fileKey: string }): Promise<void>
    }
    const service = new Service({ logger: console }, provider.options as ReturnType<typeof s3ProviderOptions>)
    const png = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.from("stub image body")])
    const stored = await service.upload({
      filename: "photo-abc.png",
      mimeType: "image/png",
      content: png.toString("base64"),
      access: "public",
    })
    expect(stored.url.startsWith(`${base}/fengshou/photo-abc-`)).toBe(true)
    const read = await fetch(stored.url)
    expect(read.status).toBe(200)
    expect(read.headers.get("content-type")).toBe("image/png")
    expect(Buffer.from(await read.arrayBuffer()).equals(png)).toBe(true)

    await service.delete({ fileKey: stored.key })
    expect((await fetch(stored.url)).status).toBe(404)
  })
})
