import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { OfficialMeResponseSchema, ReliefSummarySchema } from "@fengshou/store-contract"
import { topic } from "../runner"
import { seedDemoData } from "../../src/scripts/seed/index"
import { adminLogin, attempt, type Auth, bearer, loginCooperative } from "./cooperative-helpers"
import {
  HEILONGJIANG,
  loginOfficial,
  NO_STATUS,
  QINGGANG,
  status,
  WENDENG,
  writeReliefLedger,
  YEAR_2026,
} from "./official-helpers"

// Who may read which region: an official reads their scope and regions inside it, nothing else, whatever the query
// says; other logins and no login get 401. Figures are worked out by hand from official-helpers.ts's ledger.
const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const COUNTY = {
  orders: 2,
  sales_fen: 11172,
  refunds_fen: 2798,
  quantity_g: 7500,
  cooperatives: 1,
  households_benefited: 2,
  persons_benefited: 7,
  household_income_fen: 3800,
  collective_income_fen: 0,
  avg_income_per_household_fen: 1900,
  avg_income_per_person_fen: 543,
  // hh_t1 (脱贫户, 3) 1080 + 2000; hh_t2 (监测户, 4) 720
  by_status: { registered_poor: status(1, 3, 3080, 3080, 1027), monitored: status(1, 4, 720, 720, 180) },
}
const MULING = {
  orders: 1,
  sales_fen: 6800,
  refunds_fen: 0,
  quantity_g: 500,
  cooperatives: 1,
  households_benefited: 1,
  persons_benefited: 2,
  household_income_fen: 680,
  collective_income_fen: 0,
  avg_income_per_household_fen: 680,
  avg_income_per_person_fen: 340,
  by_status: { registered_poor: status(1, 2, 680, 680, 340), monitored: NO_STATUS },
}
const PROVINCE = {
  orders: 3,
  sales_fen: 17972,
  refunds_fen: 2798,
  quantity_g: 8000,
  cooperatives: 2,
  households_benefited: 3,
  persons_benefited: 9,
  household_income_fen: 4480,
  collective_income_fen: 0,
  avg_income_per_household_fen: 1493,
  avg_income_per_person_fen: 498,
  by_status: { registered_poor: status(2, 5, 3760, 1880, 752), monitored: status(1, 4, 720, 720, 180) },
}
const WENDENG_TOTALS = {
  orders: 1,
  sales_fen: 9800,
  refunds_fen: 0,
  quantity_g: 500,
  cooperatives: 1,
  households_benefited: 1,
  persons_benefited: 5,
  household_income_fen: 3000,
  collective_income_fen: 0,
  avg_income_per_household_fen: 3000,
  avg_income_per_person_fen: 600,
  by_status: { registered_poor: status(1, 5, 3000, 3000, 600), monitored: NO_STATUS },
}

export default topic("official-access", ({ api, getContainer }) => {
  let county: Auth
  let province: Auth
  let wendeng: Auth
  let admin: Auth
  let publishableKey: string

  beforeAll(async () => {
    publishableKey = (await seedDemoData(getContainer(), { staticDir })).publishableKey
    await writeReliefLedger(getContainer())
    county = await loginOfficial(api, QINGGANG)
    province = await loginOfficial(api, HEILONGJIANG)
    wendeng = await loginOfficial(api, WENDENG)
    admin = await adminLogin(api, getContainer())
  })

  type Report = {
    region: string
    totals: Record<string, number>
    rows: { key: string; label: string; sales_fen: number }[]
    message: string
  }
  type Res = { status: number; data: Report }
  const get = async (url: string, auth: Auth) => (await attempt(api.get(url, auth))) as Res
  const summary = (auth: Auth, params = "") => get(`/official/relief/summary?${YEAR_2026}${params}`, auth)

  it("shows each demo official its profile and scope with the names from the division data", async () => {
    const { data } = await api.get(`/official/me`, county)
    OfficialMeResponseSchema.parse(data)
    expect(data.official).toMatchObject({
      email: QINGGANG,
      organisation: "青冈县乡村振兴局",
      region_code: "231223",
      status: "active",
    })
    expect(data.official.scope).toMatchObject({
      code: "231223",
      level: 6,
      name: "青冈县",
      label: "黑龙江省 绥化市 青冈县",
    })
    expect((await api.get(`/official/me`, province)).data.official.scope).toMatchObject({
      code: "23",
      name: "黑龙江省",
    })
    expect((await api.get(`/official/me`, wendeng)).data.official.scope.label).toBe("山东省 威海市 文登区")
  })

  it("gives each official the totals of their own scope, to the fen", async () => {
    const own = await summary(county)
    expect(own.status).toBe(200)
    ReliefSummarySchema.parse(own.data)
    expect(own.data).toMatchObject({
      region: "231223",
      region_name: "青冈县",
      from: "2026-01-01",
      to: "2026-12-31",
      group_by: "region",
    })
    expect(own.data.totals).toEqual(COUNTY)
    expect((await summary(province)).data.totals).toEqual(PROVINCE)
    expect((await summary(wendeng)).data.totals).toEqual(WENDENG_TOTALS)
  })

  it("lets the province read both of its counties, and groups it by city with the cities' names", async () => {
    expect((await summary(province, "&region=231223")).data.totals).toEqual(COUNTY)
    expect((await summary(province, "&region=231085")).data.totals).toEqual(MULING)
    const byCity = (await summary(province)).data
    ReliefSummarySchema.parse(byCity)
    expect(
      byCity.rows.map((r: { key: string; label: string; sales_fen: number }) => [r.key, r.label, r.sales_fen]),
    ).toEqual([
      ["2310", "牡丹江市", 6800],
      ["2312", "绥化市", 11172],
    ])
  })

  it("refuses, with 403 and what to choose instead, every region outside the scope", async () => {
    const cases: [Auth, string][] = [
      [county, "371003"],
      [county, "23"],
      [county, "2312"],
      [county, "230000000000"],
      [county, "231085"],
      [county, "371003106229"],
      [wendeng, "23"],
      [wendeng, "231223"],
      [province, "371003"],
      [province, "37"],
    ]
    for (const [auth, region] of cases) {
      const res = await summary(auth, `&region=${region}`)
      expect({ region, status: res.status }).toEqual({ region, status: 403 })
      expect((res.data as { message: string }).message).toMatch(
        /is outside your scope \d+ \(.+\): leave region out, or choose \d+/,
      )
      const exported = await attempt(api.get(`/official/relief/export?format=csv&${YEAR_2026}&region=${region}`, auth))
      expect({ region, status: exported.status }).toEqual({ region, status: 403 })
    }
    expect(((await summary(county, "&region=371003")).data as { message: string }).message).toContain(
      "山东省 威海市 文登区",
    )
  })

  it("reads regions inside the scope down to the village, grouped one level down", async () => {
    const town = await summary(county, "&region=231223111")
    expect(town.data).toMatchObject({ region: "231223111", region_name: "昌盛镇", totals: COUNTY })
    expect(town.data.rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      ["231223111204", "兴东村委会"],
    ])
    expect((await summary(county, "&region=231223111204")).data.totals).toEqual(COUNTY)
    expect((await summary(county, "&region=231223111205")).data.totals.orders).toBe(0)
  })

  it("counts a day in China time and cuts the period where asked", async () => {
    const old = await get(`/official/relief/summary?from=2025-12-31&to=2025-12-31`, county)
    expect(old.data.totals).toMatchObject({ orders: 1, sales_fen: 1000 })
    const march = await get(`/official/relief/summary?from=2026-03-01&to=2026-03-31&group_by=month`, county)
    expect(
      march.data.rows.map((r: { key: string; label: string; sales_fen: number }) => [r.key, r.label, r.sales_fen]),
    ).toEqual([["2026-03", "2026年3月", 7182]])
  })

  it("labels cooperatives, channels and categories, and never shows a household", async () => {
    const byCoop = (await summary(province, "&group_by=cooperative")).data
    expect(byCoop.rows.map((r: { label: string }) => r.label).sort()).toEqual([
      "大桥村养蜂合作社",
      "远达农业种植专业合作社",
    ])
    const byChannel = (await summary(county, "&group_by=channel")).data
    expect(byChannel.rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      ["livestream", "直播带货"],
      ["online", "线上商城"],
    ])
    const byCategory = (await summary(province, "&group_by=category")).data
    expect(byCategory.rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      ["grain-oil", "粮油"],
      ["honey", "蜂蜜"],
    ])
    for (const body of [byCoop, byChannel, byCategory, (await summary(county)).data]) {
      expect(JSON.stringify(body)).not.toMatch(/hh_|household_(key|id)|XD-\d/)
    }
  })

  it("answers 400 saying what to fix for a malformed query", async () => {
    const cases: [string, RegExp][] = [
      [`?to=2026-12-31`, /Field 'from' is required/],
      [`?from=2026-02-30&to=2026-12-31`, /from must be a real date written YYYY-MM-DD/],
      [`?from=2026/01/01&to=2026-12-31`, /from must be a real date written YYYY-MM-DD/],
      [`?from=2026-12-31&to=2026-01-01`, /to \(2026-01-01\) must not be before from \(2026-12-31\)/],
      [`?${YEAR_2026}&group_by=household`, /group_by must be one of region, cooperative, channel, category, month/],
      [`?${YEAR_2026}&region=2312x`, /region must be a division-code prefix of 2, 4, 6, 9 or 12 digits/],
      [`?${YEAR_2026}&region=23122`, /region must be a division-code prefix of 2, 4, 6, 9 or 12 digits/],
      [`?${YEAR_2026}&region=231223999`, /region 231223999 is not a region in the national division data/],
      [`?${YEAR_2026}&household_id=hh_t1`, /Unrecognized fields: 'household_id'/],
    ]
    for (const [query, message] of cases) {
      const res = await attempt(api.get(`/official/relief/summary${query}`, county))
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
      expect((res.data as { message: string }).message).toMatch(message)
    }
    const format = await attempt(api.get(`/official/relief/export?${YEAR_2026}&format=docx`, county))
    expect(format.status).toBe(400)
    expect((format.data as { message: string }).message).toMatch(/format must be one of csv, xlsx, pdf/)
  })

  it("answers 401 to no login, and to cooperative, customer, operator and sign-up-only tokens", async () => {
    const store = { "x-publishable-api-key": publishableKey }
    const email = "shopper-official-test@example.cn"
    const { data: registered } = await api.post(`/auth/customer/emailpass/register`, {
      email,
      password: "shopper-pass-1",
    })
    await api.post(
      `/store/customers`,
      { email, first_name: "小明" },
      { headers: { ...store, ...bearer(registered.token).headers } },
    )
    const customer = bearer(
      (await api.post(`/auth/customer/emailpass`, { email, password: "shopper-pass-1" })).data.token,
    )
    const signUpOnly = bearer(
      (await api.post(`/auth/official/emailpass/register`, { email: "self@example.cn", password: "self-made-pass" }))
        .data.token,
    )
    // A cooperative's email and password signed in as an official: the same login, but no official behind it.
    const coopAsOfficial = await attempt(
      api.post(`/auth/official/emailpass`, { email: "yuanda@demo.fengshou.local", password: "fengshou-demo-2025" }),
    )
    const tokens: [string, Auth][] = [
      ["none", { headers: {} }],
      ["garbage", bearer("not-a-token")],
      ["cooperative", await loginCooperative(api, "yuanda@demo.fengshou.local")],
      ["customer", customer],
      ["operator", admin],
      ["sign-up only", signUpOnly],
    ]
    if (coopAsOfficial.status === 200)
      tokens.push(["cooperative as official", bearer((coopAsOfficial.data as { token: string }).token)])
    for (const url of [
      `/official/me`,
      `/official/relief/summary?${YEAR_2026}`,
      `/official/relief/export?${YEAR_2026}&format=csv`,
      `/official/relief/reconciliation`,
    ]) {
      for (const [who, auth] of tokens) {
        const res = await attempt(api.get(url, auth))
        expect({ url, who, status: res.status }).toEqual({ url, who, status: 401 })
      }
    }
    expect((await attempt(api.get(`/admin/officials`, county))).status).toBe(401)
  })

  it("lets the operator create, list, disable and enable officials", async () => {
    const body = {
      email: "Muling@Example.cn",
      password: "muling-pass-2026",
      name: "穆棱市 专员",
      title: "科员",
      organisation: "穆棱市乡村振兴局",
      region_code: "231085000000",
    }
    const created = await api.post(`/admin/officials`, body, admin)
    expect(created.status).toBe(201)
    expect(created.data.official).toMatchObject({
      email: "muling@example.cn",
      region_code: "231085",
      status: "active",
    })
    expect(created.data.official.scope).toMatchObject({ name: "穆棱市", label: "黑龙江省 牡丹江市 穆棱市" })
    const muling = await loginOfficial(api, "muling@example.cn", "muling-pass-2026")
    expect((await api.get(`/official/relief/summary?${YEAR_2026}`, muling)).data.totals).toEqual(MULING)
    expect((await summary(muling, "&region=231223")).status).toBe(403)

    const listed = (await api.get(`/admin/officials`, admin)).data
    expect(listed.count).toBe(4)
    expect(listed.officials.map((o: { email: string }) => o.email)).toEqual(
      expect.arrayContaining([QINGGANG, HEILONGJIANG, WENDENG, "muling@example.cn"]),
    )

    const disabled = await api.post(`/admin/officials/${created.data.official.id}/disable`, { reason: "调岗" }, admin)
    expect(disabled.data.official).toMatchObject({ status: "disabled", status_reason: "调岗" })
    const refused = await attempt(api.get(`/official/relief/summary?${YEAR_2026}`, muling))
    expect(refused.status).toBe(403)
    expect((refused.data as { message: string }).message).toMatch(/disabled by the platform operator/)
    expect(
      (await api.get(`/admin/officials?status=disabled`, admin)).data.officials.map((o: { email: string }) => o.email),
    ).toEqual(["muling@example.cn"])
    await api.post(`/admin/officials/${created.data.official.id}/enable`, {}, admin)
    expect((await attempt(api.get(`/official/me`, muling))).status).toBe(200)
    expect((await attempt(api.post(`/admin/officials/offl_missing/disable`, {}, admin))).status).toBe(404)
  })

  it("refuses a bad official with 400 and leaves no login behind", async () => {
    const good = {
      email: "new-official@example.cn",
      password: "a-good-password",
      name: "新 专员",
      organisation: "某县乡村振兴局",
      region_code: "231223",
    }
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...good, region_code: "99" }, /region_code 99 is not a region in the national division data/],
      [{ ...good, region_code: "23-12" }, /region_code must be a division-code prefix of 2, 4, 6, 9 or 12 digits/],
      [{ ...good, password: "short" }, /password must be 10 to 128 characters long/],
      [{ ...good, email: "not-an-email" }, /email must be an email address/],
      [{ ...good, email: QINGGANG }, /already has a login on this platform/],
      [{ ...good, email: "yuanda@demo.fengshou.local" }, /already has a login on this platform/],
      [{ ...good, status: "active" }, /Unrecognized fields: 'status'/],
    ]
    for (const [body, message] of cases) {
      const res = await attempt(api.post(`/admin/officials`, body, admin))
      expect({ body, status: res.status }).toEqual({ body, status: 400 })
      expect((res.data as { message: string }).message).toMatch(message)
    }
    expect(
      (await attempt(api.post(`/auth/official/emailpass`, { email: good.email, password: good.password }))).status,
    ).toBe(401)
  })
})
