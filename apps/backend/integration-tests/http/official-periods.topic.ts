import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { ReliefSummarySchema, type ReliefSummary } from "@fengshou/store-contract"
import { topic } from "../runner"
import { COOPERATIVE_MODULE } from "../../src/modules/cooperative"
import type CooperativeModuleService from "../../src/modules/cooperative/service"
import { RELIEF_LEDGER_MODULE } from "../../src/modules/relief-ledger"
import type ReliefLedgerModuleService from "../../src/modules/relief-ledger/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth } from "./cooperative-helpers"
import {
  HEILONGJIANG,
  lineEntries,
  loginOfficial,
  QINGGANG,
  writeReliefLedger,
  YEAR_2026,
  type Line,
} from "./official-helpers"

// Periods compared (环比, 同比) and labels in the official's language. Besides official-helpers.ts's ledger, three
// yuanda orders: 2025-03-15 5000 fen, 2025-04-20 3000 fen, 2026-04-15 4000 fen, so every compared period has figures.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const GROUPINGS = ["region", "cooperative", "channel", "category", "month"] as const
const LATIN = /^[A-Za-z][A-Za-z0-9ü' &,.-]*$/

function yuandaOrder(
  order: string,
  at: string,
  net_fen: number,
  grams: number,
  household: [string, "registered_poor" | "monitored", number],
): Line {
  const [household_key, status, persons] = household
  return {
    order,
    coop: "yuanda",
    village: "231223111204",
    channel: "online",
    category: "grain-oil",
    at,
    input: {
      net_fen,
      quantity_g: grams,
      mechanism: { supply: { farmgate_fen_per_kg: 800 } },
      contributions: [{ household_key, status, persons, grams, share_weight: 1 }],
    },
  }
}

export default topic("official-periods", ({ api, getContainer }) => {
  let county: Auth
  let province: Auth

  beforeAll(async () => {
    await seedDemoData(getContainer(), { staticDir })
    const ids = await writeReliefLedger(getContainer())
    const more = [
      yuandaOrder("order_py_mar", "2025-03-15T02:00:00Z", 5000, 2000, ["hh_t1", "registered_poor", 3]),
      yuandaOrder("order_py_apr", "2025-04-20T02:00:00Z", 3000, 1000, ["hh_t2", "monitored", 4]),
      yuandaOrder("order_apr", "2026-04-15T02:00:00Z", 4000, 1500, ["hh_t2", "monitored", 4]),
    ]
    await getContainer()
      .resolve<ReliefLedgerModuleService>(RELIEF_LEDGER_MODULE)
      .appendEntries(more.flatMap((line) => lineEntries(line, ids[line.coop]!)))
    county = await loginOfficial(api, QINGGANG)
    province = await loginOfficial(api, HEILONGJIANG)
  })

  const summary = async (query: string, auth = county): Promise<ReliefSummary> =>
    ReliefSummarySchema.parse((await api.get(`/official/relief/summary?${query}`, auth)).data)

  /** Each compared period is exactly the summary of its own from..to, same region, grouping and language. */
  async function expectComparedAreTheirOwnReports(query: string, report: ReliefSummary) {
    for (const which of ["previous", "year_earlier"] as const) {
      const compared = report.compare[which]
      const own = await summary(`${query}&from=${compared.from}&to=${compared.to}`)
      expect({ which, query, ...compared }).toEqual({
        which,
        query,
        from: own.from,
        to: own.to,
        totals: own.totals,
        rows: own.rows,
      })
    }
  }

  it("sets whole months beside the months before and the same months a year earlier, each its own report", async () => {
    const april = await summary(`from=2026-04-01&to=2026-04-30`)
    expect(april.compare.previous).toMatchObject({ from: "2026-03-01", to: "2026-03-31" })
    expect(april.compare.year_earlier).toMatchObject({ from: "2025-04-01", to: "2025-04-30" })
    // By hand: April 2026 order_apr 4000; March 2026 order_qg1 7980 less its refund 798; April 2025 order_py_apr.
    expect(april.totals.sales_fen).toBe(4000)
    expect(april.compare.previous.totals.sales_fen).toBe(7182)
    expect(april.compare.year_earlier.totals.sales_fen).toBe(3000)
    expect(april.compare.year_earlier.totals.household_income_fen).toBe(800)

    for (const group_by of GROUPINGS) {
      for (const period of ["from=2026-04-01&to=2026-04-30", "from=2026-04-01&to=2026-06-30"]) {
        const query = `group_by=${group_by}&lang=${group_by === "month" ? "en" : "zh"}`
        const report = await summary(`${period}&${query}`)
        await expectComparedAreTheirOwnReports(query, report)
      }
    }
    const quarter = await summary(`from=2026-04-01&to=2026-06-30`)
    expect(quarter.compare.previous).toMatchObject({ from: "2026-01-01", to: "2026-03-31" })
    expect(quarter.compare.year_earlier).toMatchObject({ from: "2025-04-01", to: "2025-06-30" })
  })

  it("sets other periods beside as many days just before and the same dates a year earlier", async () => {
    const days = await summary(`from=2026-03-11&to=2026-03-20&group_by=month`)
    expect(days.compare.previous).toMatchObject({ from: "2026-03-01", to: "2026-03-10" })
    expect(days.compare.year_earlier).toMatchObject({ from: "2025-03-11", to: "2025-03-20" })
    // By hand: the refund of 798 on 03-12 stands alone; the sale of 7980 on 03-10 is the day before; 2025-03-15.
    expect(days.totals.sales_fen).toBe(-798)
    expect(days.compare.previous.totals.sales_fen).toBe(7980)
    expect(days.compare.year_earlier.totals.sales_fen).toBe(5000)
    for (const group_by of GROUPINGS) {
      const query = `group_by=${group_by}&region=231223111`
      await expectComparedAreTheirOwnReports(query, await summary(`from=2026-03-11&to=2026-03-20&${query}`))
    }
    const leap = await summary(`from=2028-02-29&to=2028-02-29`)
    expect(leap.compare.previous).toMatchObject({ from: "2028-02-28", to: "2028-02-28" })
    expect(leap.compare.year_earlier).toMatchObject({ from: "2027-02-28", to: "2027-02-28" })
  })

  it("labels in English with lang=en: pinyin and kind for places, name_en, translated channels, categories, months", async () => {
    const zh = await summary(YEAR_2026)
    const en = await summary(`${YEAR_2026}&lang=en`)
    expect(zh.lang).toBe("zh")
    expect(en).toMatchObject({
      lang: "en",
      region_name: "Qinggang County",
      region_label: "Qinggang County, Suihua City, Heilongjiang Province",
    })
    // Language changes words, never figures.
    expect(en.totals).toEqual(zh.totals)
    expect(en.rows.map(({ label: _, ...figures }) => figures)).toEqual(
      zh.rows.map(({ label: _, ...figures }) => figures),
    )
    for (const row of [...en.rows, ...en.compare.previous.rows, ...en.compare.year_earlier.rows]) {
      expect(row.label).toMatch(LATIN)
      expect(row.label).toMatch(/ Town$| Township$| Subdistrict$/)
    }

    const cities = await summary(`${YEAR_2026}&lang=en`, province)
    expect(cities.region_name).toBe("Heilongjiang Province")
    expect(cities.rows.map((r) => [r.key, r.label])).toEqual([
      ["2310", "Mudanjiang City"],
      ["2312", "Suihua City"],
    ])

    const [yuanda] = await getContainer()
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .listCooperatives({ handle: "yuanda" }, { select: ["name_en"] })
    const label = async (group_by: string) =>
      (await summary(`${YEAR_2026}&lang=en&group_by=${group_by}`)).rows.map((r) => [r.key, r.label])
    expect(await label("cooperative")).toEqual([[expect.any(String), yuanda!.name_en]])
    expect(await label("channel")).toEqual([
      ["livestream", "Livestream"],
      ["online", "Online store"],
    ])
    expect(await label("category")).toEqual([["grain-oil", "Grain & oil"]])
    expect(await label("month")).toEqual([
      ["2026-03", "March 2026"],
      ["2026-04", "April 2026"],
      ["2026-05", "May 2026"],
      ["2026-06", "June 2026"],
    ])
  })

  it("answers 400 naming lang or a day too early to compare, and a 403 naming places in the language asked", async () => {
    const cases: [string, RegExp][] = [
      [`/official/relief/summary?${YEAR_2026}&lang=fr`, /lang must be one of zh, en/],
      [`/official/relief/summary?${YEAR_2026}&lang=`, /lang must be one of zh, en/],
      [`/official/relief/export?${YEAR_2026}&format=csv&lang=EN`, /lang must be one of zh, en/],
      [`/official/relief/summary?from=1899-12-31&to=2026-12-31`, /from must be on or after 1900-01-01/],
      [`/official/relief/summary?from=0000-01-01&to=0000-12-31`, /from must be on or after 1900-01-01/],
    ]
    for (const [url, message] of cases) {
      const res = await attempt(api.get(url, county))
      expect({ url, status: res.status }).toEqual({ url, status: 400 })
      expect((res.data as { message: string }).message).toMatch(message)
    }
    const outside = await attempt(api.get(`/official/relief/summary?${YEAR_2026}&region=231085&lang=en`, county))
    expect(outside.status).toBe(403)
    expect((outside.data as { message: string }).message).toMatch(
      /^region 231085 \(Muling City, Mudanjiang City, Heilongjiang Province\) is outside your scope 231223 \(Qinggang County, Suihua City, Heilongjiang Province\)/,
    )
  })
})
