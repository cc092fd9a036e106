import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationRunner } from "../runner"
import { seedDemoData } from "../../src/scripts/seed/index"
import { adminLogin, bearer, loginCooperative, uploadLicence, type Auth } from "./cooperative-helpers"
import { hostileBodies } from "./fuzz-bodies"
import { BODIES, discoverWriteRoutes, fuzzOrder, urlOf, type FuzzIds, type FuzzRoute } from "./fuzz-routes"
import { createApprovedHost, createCartLink, createLiveSession, registerHost } from "./live-helpers"
import { loginOfficial, WENDENG } from "./official-helpers"

// Issue #16: every custom write route, with hostile bodies, as the actor it expects. No answer may be a 5xx, and a
// 4xx must leave the database as it was (row counts and the latest updated_at of the tables we and the catalog own).
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const RUNS_PER_ROUTE = 12 // plus one NUL body per text field: about 500 requests, about 50 s
const SEED = 16
const TABLES = [
  "cooperative",
  "cooperative_staff",
  "cooperative_certification",
  "household",
  "lot",
  "lot_contribution",
  "product_benefit",
  "official",
  "host",
  "live_session",
  "live_session_product",
  "cart_link",
  "live_claim",
  "live_order",
  "host_commission_entry",
  "relief_ledger_entry",
  "product",
  "product_variant",
  "price",
  "promotion",
  "cart",
  "cart_line_item",
  "fulfillment",
]
type Res = { status: number; data: unknown }

integrationRunner({
  seeded: true,
  testSuite: ({ api, getContainer }) => {
    const ids: FuzzIds = {}
    const actors: Record<string, Auth> = {}

    const fingerprint = async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const sql = TABLES.map(
        (t) => `select '${t}' as t, count(*)::int as n, max(updated_at)::text as u from "${t}"`,
      ).join(" union all ")
      const { rows } = (await pg.raw(sql)) as { rows: { t: string; n: number; u: string | null }[] }
      return rows.map((r) => `${r.t}:${r.n}:${r.u}`).join(" ")
    }

    const actorFor = (route: FuzzRoute): Auth => {
      if (route.path === "/cooperative/register") return actors.cooperativeSignup!
      if (route.path === "/host/register") return actors.hostSignup!
      const area = route.path.split("/")[1]!
      return actors[area === "store" ? "store" : area]!
    }

    beforeAll(async () => {
      const seeded = await seedDemoData(getContainer(), { staticDir })
      actors.store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      actors.admin = await adminLogin(api, getContainer())
      actors.cooperative = await loginCooperative(api, "yuanda@demo.fengshou.local")
      actors.official = await loginOfficial(api, WENDENG)
      const coop = actors.cooperative
      const product = (await api.get(`/cooperative/products`, coop)).data.products[0]
      const household = (await api.get(`/cooperative/households`, coop)).data.households[0]
      const lot = (await api.get(`/cooperative/lots`, coop)).data.lots[0]
      const me = (await api.get(`/cooperative/me`, coop)).data.cooperative
      Object.assign(ids, {
        product: product.id,
        variant: product.variants[0].id,
        household: household.id,
        village: household.village_code,
        lot: lot.id,
        cert: me.certifications[0].id,
      })
      const others = (await api.get(`/admin/cooperatives?limit=100`, actors.admin)).data.cooperatives as {
        id: string
        handle: string
      }[]
      ids.otherCooperative = others.find((c) => c.handle === "beima")!.id
      const morels = (await api.get(`/store/products?handle=fresh-morels&fields=*variants`, actors.store)).data
        .products[0]
      ids.otherVariant = morels.variants[morels.variants.length - 1].id
      const host = await createApprovedHost(api, getContainer(), { email: "fuzz-host@example.cn", rate_bps: 500 })
      actors.host = { headers: host.headers }
      const { session, sessionProduct } = await createLiveSession(api, host.headers, {
        variantId: morels.variants[0].id,
        livePriceFen: 7990,
        cap: 50,
        limit: 3,
        start: false,
      })
      Object.assign(ids, { session: session.id, sessionProduct: sessionProduct.id })
      ids.linkCode = (
        await createCartLink(api, host.headers, session.id, [{ session_product_id: sessionProduct.id, quantity: 1 }])
      ).code
      ids.otherHost = (await registerHost(api, "fuzz-other-host@example.cn")).host.id
      ids.official = (await api.get(`/admin/officials?limit=100`, actors.admin)).data.officials.find(
        (o: { email: string }) => o.email !== WENDENG,
      ).id
      const signup = async (actor: string) =>
        (
          await api.post(`/auth/${actor}/emailpass/register`, {
            email: `fuzz-signup-${actor}@example.cn`,
            password: "fuzz-signup-pass",
          })
        ).data.token as string
      actors.cooperativeSignup = bearer(await signup("cooperative"))
      ids.licence = await uploadLicence(api, actors.cooperativeSignup)
      actors.hostSignup = bearer(await signup("host"))
    })

    it("answers every custom write route's hostile bodies with a 4xx that writes nothing, never a 5xx", async () => {
      const routes = discoverWriteRoutes().sort(fuzzOrder)
      expect(routes.length).toBeGreaterThan(25)
      const counts = { routes: routes.length, requests: 0, "2xx": 0, "4xx": 0, "5xx": 0, wroteOn4xx: 0 }
      const failures: string[] = []
      const started = Date.now()
      for (const [i, route] of routes.entries()) {
        const entry = BODIES[`${route.method} ${route.path}`]
        const bodies = hostileBodies(entry?.schema, entry?.valid(ids), RUNS_PER_ROUTE, SEED + i)
        const url = urlOf(route, ids)
        const auth = actorFor(route)
        for (const body of bodies) {
          const before = await fingerprint()
          // Sent as JSON text, so bare `true` or a lone surrogate reaches the server exactly as a hostile client sends it.
          const headers = { ...auth.headers, "content-type": "application/json" }
          const call = api.request({
            method: route.method,
            url,
            data: body === undefined ? undefined : JSON.stringify(body),
            headers,
          })
          const res: Res = await call.catch(
            (e: { response?: Res; message: string }) => e.response ?? { status: 599, data: e.message },
          )
          counts.requests++
          const shown = `${route.method} ${url} ${JSON.stringify(body)?.slice(0, 160)} → ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`
          if (res.status >= 500) {
            counts["5xx"]++
            failures.push(shown)
          } else if (res.status >= 400) {
            counts["4xx"]++
            if ((await fingerprint()) !== before) {
              counts.wroteOn4xx++
              failures.push(`wrote on a 4xx: ${shown}`)
            }
          } else counts["2xx"]++
        }
        if (process.env.FUZZ_VERBOSE)
          console.log(`${route.method} ${route.path}: ${bodies.length} bodies, ${Date.now() - started} ms`)
      }
      console.log(`route fuzz: ${JSON.stringify(counts)}`)
      if (failures.length) console.log(failures.slice(0, 40).join("\n"))
      expect(failures).toEqual([])
    }, 240_000)

    it("refuses bad text in query strings and paths, and product fields or filters it cannot answer, with a 400", async () => {
      const get = async (url: string, auth: Auth) =>
        (await api.get(url, auth).catch((e: { response: Res }) => e.response)) as Res
      const refused = [
        [`/store/products?cooperative.households.code=XD-001`, actors.store!],
        [`/store/products?cooperative[households][code]=XD-001`, actors.store!],
        [`/store/products?fields=*cooperative.households`, actors.store!],
        [`/store/products?fields=%2Bcooperative.credit_code`, actors.store!],
        [`/store/products?variants.options.value=1kg`, actors.store!],
        [`/store/products?q=%00`, actors.store!],
        [`/store/cooperatives?limit=%01`, actors.store!],
        [`/store/search?q=a%1Bb`, actors.store!],
        [`/cooperative/products?offset=100000000000`, actors.cooperative!],
        [`/cooperative/lots?variant_id=a%00b`, actors.cooperative!],
        [`/cooperative/products/prod%00x`, actors.cooperative!],
        [`/store/trace/%00`, actors.store!],
        [`/official/relief/summary?from=2026-01-01%00&to=2026-12-31`, actors.official!],
      ] as const
      for (const [url, auth] of refused) {
        const res = await get(url, auth)
        expect({ url, status: res.status }).toEqual({ url, status: 400 })
        expect((res.data as { type: string }).type).toBe("invalid_data")
      }
      expect((await get(`/store/products?q=%00`, actors.store!)).data).toEqual({
        type: "invalid_data",
        message: "Invalid request: query.q: text may not contain control characters (U+0000)",
      })
      for (const fields of ["*cooperative", "%2Bcooperative.handle,%2Bcooperative.region", "*variants"]) {
        expect((await get(`/store/products?fields=${fields}&limit=1`, actors.store!)).status).toBe(200)
      }
    })
  },
})
