import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { DEMO_PRODUCTS } from "../../src/scripts/seed/catalog"
import { adminLogin, attempt, type Auth } from "./cooperative-helpers"

// The operator's provenance panel on a product: cooperative summary and lots, household counts only.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const DEMO = DEMO_PRODUCTS[0]!

type Lot = {
  trace_code: string
  harvest_date: string
  quantity_g: number
  variant_title: string | null
  contributing_households: number
}

export default topic("admin-product-provenance", ({ api, getContainer }) => {
  let admin: Auth
  let productId: string

  beforeAll(async () => {
    await seedDemoData(getContainer(), { staticDir })
    admin = await adminLogin(api, getContainer())
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: DEMO.handle } })
    productId = data[0]!.id
  })

  it("returns the product's cooperative and its lots with household counts", async () => {
    const { data } = await api.get(`/admin/products/${productId}/provenance`, admin)
    const { cooperative, lots } = data.provenance as { cooperative: Record<string, unknown>; lots: Lot[] }
    expect(cooperative).toMatchObject({
      handle: DEMO.cooperative.handle,
      name_zh: DEMO.cooperative.name,
      status: "approved",
    })
    expect(cooperative.division_code).toBe(DEMO.cooperative.village_code)
    expect(typeof cooperative.region_label).toBe("string")

    const service = getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const stored = await service.listLots({ product_id: productId }, { relations: ["contributions"] })
    expect(lots).toHaveLength(stored.length)
    expect(lots.length).toBeGreaterThan(0)
    for (const lot of lots) {
      const match = stored.find((s) => s.trace_code === lot.trace_code)!
      expect(lot).toMatchObject({ harvest_date: match.harvest_date, quantity_g: match.quantity_g })
      expect(lot.contributing_households).toBe(match.contributions.length)
      expect(lot.variant_title).toEqual(expect.any(String))
    }
    // Newest harvest first, as the widget lists them.
    expect(lots.map((l) => l.harvest_date)).toEqual([...lots.map((l) => l.harvest_date)].sort().reverse())
  })

  it("never carries a household's identity", async () => {
    const { data } = await api.get(`/admin/products/${productId}/provenance`, admin)
    const json = JSON.stringify(data)
    const service = getContainer().resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const households = await service.listHouseholds({ cooperative_id: data.provenance.cooperative.id }, { take: null })
    expect(households.length).toBeGreaterThan(0)
    for (const h of households) {
      expect(json).not.toContain(h.id)
      expect(json).not.toContain(`"${h.code}"`)
    }
    expect(json).not.toMatch(/household_id|id_number|contributions|"name"/)
  })

  it("answers 404 for an unknown product and 401 without an admin session", async () => {
    expect((await attempt(api.get(`/admin/products/prod_missing/provenance`, admin))).status).toBe(404)
    expect((await attempt(api.get(`/admin/products/${productId}/provenance`))).status).toBe(401)
  })
})
