// A catalog write reaches the storefront's POST /api/revalidate (here a local HTTP server standing in for it)
// with the shared secret and the product's cache tags.
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { integrationRunner } from "../runner"
import { Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoData } from "../../src/scripts/seed/index"
import { waitFor } from "./checkout-helpers"

const SECRET = "revalidate-secret-for-tests"
const received: { secret: string | undefined; tags: string[] }[] = []
let storefront: Server

// File-level: runs before the runner's beforeAll, where Medusa reads the environment.
beforeAll(async () => {
  storefront = createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      received.push({ secret: req.headers["x-revalidate-secret"] as string | undefined, tags: JSON.parse(body).tags })
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
  process.env.STOREFRONT_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`
  process.env.REVALIDATE_SECRET = SECRET
})
afterAll(() => new Promise<void>((resolve) => storefront.close(() => resolve())))

integrationRunner({
  testSuite: ({ getContainer }) => {
    it("revalidates the product list and the product's page when a product changes", async () => {
      const container = getContainer()
      await seedDemoData(container, { staticDir: "/tmp/fengshou-static-revalidate" })
      const [millet] = await container.resolve(Modules.PRODUCT).listProducts({ handle: "changsheng-millet" })
      received.length = 0
      await updateProductsWorkflow(container).run({
        input: { selector: { id: millet!.id }, update: { subtitle: "黑龙江 · 青冈县 · 新米上市" } },
      })
      await waitFor(async () => received.some((r) => r.tags.includes("product:changsheng-millet")), 15_000)
      const call = received.find((r) => r.tags.includes("product:changsheng-millet"))!
      expect(call.secret).toBe(SECRET)
      expect(call.tags).toEqual(["products", "product:changsheng-millet", "cooperative:yuanda"])
    })
  },
})
