import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { CooperativeHouseholdDetailResponseSchema } from "@fengshou/store-contract"
import { topic } from "../runner"
import { chinaToday } from "../../src/lib/lots/shelf-life"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth, loginCooperative } from "./cooperative-helpers"

// #15 item 5: a lot's harvest date stays within its category's shelf life; a household is read, edited and
// shows what it supplied, its name and ID number staying on the owning cooperative's routes.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const DAY_MS = 86_400_000
const daysAgo = (n: number) => new Date(Date.parse(chinaToday()) - n * DAY_MS).toISOString().slice(0, 10)
const NAME = "赵春梅"
const ID_NUMBER = "11010519491231002X"

export default topic("cooperative-lots-households", ({ api, getContainer }) => {
  let B: Auth
  let A: Auth
  let store: Auth
  let freshMorels: string
  let householdB: { id: string; code: string }
  let householdA: string

  beforeAll(async () => {
    const seeded = await seedDemoData(getContainer(), { staticDir })
    store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
    B = await loginCooperative(api, "beima@demo.fengshou.local")
    const products = (await api.get(`/cooperative/products`, B)).data.products
    freshMorels = products.find((p: { handle: string }) => p.handle === "fresh-morels").variants[0].id
    householdB = (await api.get(`/cooperative/households`, B)).data.households[0]
    householdA = (await api.get(`/cooperative/households`, A)).data.households[0].id
  })

  const lot = (harvest_date: string) => ({
    variant_id: freshMorels,
    harvest_date,
    quantity_g: 10_000,
    contributions: [{ household_id: householdB.id, quantity_g: 10_000, farmgate_fen_per_kg: 6000 }],
  })

  it("refuses a fresh-mushroom lot older than 30 days, in the future or before 2000, and takes one 10 days old", async () => {
    const old = await attempt(api.post(`/cooperative/lots`, lot(daysAgo(40)), B))
    expect(old.status).toBe(400)
    expect((old.data as { message: string }).message).toMatch(
      new RegExp(
        `鲜菌 \\(fresh mushrooms\\) must be harvested within 30 days: harvest_date ${daysAgo(40)} is 40 days ago`,
      ),
    )
    const tomorrow = await attempt(api.post(`/cooperative/lots`, lot(daysAgo(-1)), B))
    expect(tomorrow.status).toBe(400)
    expect((tomorrow.data as { message: string }).message).toMatch(/is in the future/)
    const ancient = await attempt(api.post(`/cooperative/lots`, lot("1900-01-01"), B))
    expect(ancient.status).toBe(400)
    expect((ancient.data as { message: string }).message).toMatch(/before 2000-01-01/)
    const far = await attempt(api.post(`/cooperative/lots`, lot("2999-01-01"), B))
    expect(far.status).toBe(400)

    const fresh = await api.post(`/cooperative/lots`, lot(daysAgo(10)), B)
    expect(fresh.status).toBe(201)
    expect(fresh.data.lot.harvest_date).toBe(daysAgo(10))
    // The household's detail lists what it supplied to that lot.
    const { data } = await api.get(`/cooperative/households/${householdB.id}`, B)
    CooperativeHouseholdDetailResponseSchema.parse(data)
    expect(data.contributions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          trace_code: fresh.data.lot.trace_code,
          harvest_date: daysAgo(10),
          quantity_g: 10_000,
          product_title: expect.any(String),
        }),
      ]),
    )
  })

  it("shows and edits the cooperative's own household, never another's", async () => {
    expect((await attempt(api.get(`/cooperative/households/${householdA}`, B))).status).toBe(404)
    expect((await attempt(api.post(`/cooperative/households/${householdA}`, { size: 2 }, B))).status).toBe(404)

    const edit = { size: 5, status: "monitored", name: NAME, id_number: ID_NUMBER }
    const saved = await api.post(`/cooperative/households/${householdB.id}`, edit, B)
    expect(saved.status).toBe(200)
    const { data } = await api.get(`/cooperative/households/${householdB.id}`, B)
    expect(data.household).toMatchObject({ size: 5, status: "monitored", name: NAME, has_id_number: true })
    expect(JSON.stringify(data)).not.toContain(ID_NUMBER)

    const [row] = await getContainer()
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listHouseholds({ id: householdB.id })
    expect(row!.id_number_hash).toBeTruthy()
    expect(JSON.stringify(row)).not.toMatch(new RegExp(`${NAME}|${ID_NUMBER}`))

    const bad = await attempt(
      api.post(`/cooperative/households/${householdB.id}`, { id_number: "110105194912310021" }, B),
    )
    expect(bad.status).toBe(400)
    expect((bad.data as { message: string }).message).toMatch(/id_number/)

    // The public trace of a lot this household supplied never carries its name.
    const [ownLot] = (await api.get(`/cooperative/lots`, B)).data.lots
    const trace = await api.get(`/store/trace/${ownLot.trace_code}`, store)
    expect(JSON.stringify(trace.data)).not.toMatch(new RegExp(`${NAME}|${ID_NUMBER}`))
  })
})
