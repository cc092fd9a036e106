import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { CooperativeProductResponseSchema } from "@fengshou/store-contract"
import { topic } from "../runner"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth, loginCooperative, placeOrder } from "./cooperative-helpers"

// Stock that cannot lie (#15): a cooperative cannot set a size's stock below what unshipped orders reserved,
// and can keep a low-stock threshold per size.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
type Variant = { id: string; title: string; weight_g: number; stock: { stocked: number; reserved: number } }

export default topic("cooperative-stock", ({ api, getContainer }) => {
  let A: Auth
  let productId: string
  let variant: Variant

  const read = async () => {
    const { data } = await api.get(`/cooperative/products/${productId}`, A)
    CooperativeProductResponseSchema.parse(data)
    return data.product as { title_zh: string; variants: (Variant & { low_stock_threshold?: number | null })[] }
  }
  const write = (body: Record<string, unknown>) =>
    attempt(api.post(`/cooperative/products/${productId}`, body, A)) as Promise<{
      status: number
      data: { message?: string; product?: unknown }
    }>

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
    await placeOrder(api, store, seeded.regionId, ["changsheng-millet"]) // two of the lightest size reserved
    const { data } = await api.get(`/cooperative/products?limit=100`, A)
    const millet = (data.products as { id: string; handle: string }[]).find((p) => p.handle === "changsheng-millet")!
    productId = millet.id
    const product = await read()
    variant = [...product.variants].sort((x, y) => x.weight_g - y.weight_g)[0]!
  })

  it("refuses stock below the reserved count with a 400 naming it, and writes nothing", async () => {
    expect(variant.stock.reserved).toBe(2)
    const before = await read()
    const refused = await write({ title_zh: "改过的标题", variants: [{ id: variant.id, stock: 1 }] })
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/2 units of size .* are reserved by orders not yet shipped/)
    expect(refused.data.message).toMatch(/set the stock to 2 or more/)
    const after = await read()
    expect(after.title_zh).toBe(before.title_zh)
    expect(after.variants.find((v) => v.id === variant.id)!.stock).toEqual(variant.stock)
  })

  it("accepts stock equal to the reserved count (nothing left to sell)", async () => {
    const ok = await write({ variants: [{ id: variant.id, stock: 2 }] })
    expect(ok.status).toBe(200)
    const v = (await read()).variants.find((x) => x.id === variant.id)!
    expect(v.stock).toEqual({ stocked: 2, reserved: 2, available: 0 })
  })

  it("stores a per-size low-stock threshold, returns it and clears it with null", async () => {
    expect((await write({ variants: [{ id: variant.id, low_stock_threshold: 5 }] })).status).toBe(200)
    expect((await read()).variants.find((x) => x.id === variant.id)!.low_stock_threshold).toBe(5)
    expect((await write({ variants: [{ id: variant.id, stock: 40 }] })).status).toBe(200)
    const kept = (await read()).variants.find((x) => x.id === variant.id)!
    expect(kept.low_stock_threshold).toBe(5)
    expect(kept.stock.stocked).toBe(40)
    expect((await write({ variants: [{ id: variant.id, low_stock_threshold: null }] })).status).toBe(200)
    expect((await read()).variants.find((x) => x.id === variant.id)!.low_stock_threshold).toBeNull()
  })

  it("refuses a threshold that is not a whole number ≥ 0", async () => {
    for (const bad of [-1, "x", 1.5]) {
      const refused = await write({ variants: [{ id: variant.id, low_stock_threshold: bad }] })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/low_stock_threshold/)
    }
  })
})
