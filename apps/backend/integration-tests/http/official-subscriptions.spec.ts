// Monthly report subscriptions: an official subscribes, the job's function issues a month's report (stored with the
// figures the summary gives for that month, and mailed over real SMTP), each official sees and ends only their own.
import { integrationRunner } from "../runner"
import {
  MonthlyReportListSchema,
  ReportSubscriptionListSchema,
  ReportSubscriptionResponseSchema,
} from "@fengshou/store-contract"
import { issueMonthlyReports, monthPeriod, previousMonth } from "../../src/jobs/monthly-relief-reports"
import { seedDemoData } from "../../src/scripts/seed/index"
import { startSmtpServer } from "../stubs/smtp-server"
import { waitFor } from "./checkout-helpers"
import { attempt, type Auth } from "./cooperative-helpers"
import { HEILONGJIANG, loginOfficial, QINGGANG, writeReliefLedger } from "./official-helpers"

let smtp: Awaited<ReturnType<typeof startSmtpServer>>

// Before the runner's own beforeAll, which is where Medusa loads medusa-config.ts (and picks the SMTP provider).
beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.SMTP_FROM = "丰收 <noreply@fengshou.test>"
})
afterAll(async () => {
  delete process.env.SMTP_URL
  delete process.env.SMTP_FROM
  await smtp.close()
})

const PATH = "/official/relief/subscriptions"

describe("the month a job on the 1st reports", () => {
  it("is the previous month in China time, with its last day", () => {
    expect(previousMonth(new Date("2026-12-31T16:30:00Z"))).toBe("2026-12") // already 2027-01-01 in Shanghai
    expect(previousMonth(new Date("2026-12-31T15:30:00Z"))).toBe("2026-11")
    expect(previousMonth(new Date("2027-01-01T01:00:00Z"))).toBe("2026-12")
    expect(monthPeriod("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" })
    expect(monthPeriod("2026-03")).toEqual({ from: "2026-03-01", to: "2026-03-31" })
  })
})

integrationRunner({
  testSuite: ({ api, getContainer }) => {
    let qinggang: Auth
    let heilongjiang: Auth

    beforeAll(async () => {
      await seedDemoData(getContainer(), { staticDir: "/tmp/fengshou-static-subscriptions" })
      await writeReliefLedger(getContainer())
      qinggang = await loginOfficial(api, QINGGANG)
      heilongjiang = await loginOfficial(api, HEILONGJIANG)
    })

    it("refuses bad subscriptions with a 400 (403 outside the scope) naming what to fix", async () => {
      const cases: [unknown, number, RegExp][] = [
        [
          { group_by: "county" },
          400,
          /group_by.*region, cooperative, channel, category, month|region, cooperative, channel, category, month.*group_by/,
        ],
        [{ lang: "fr" }, 400, /lang.*zh, en|zh, en.*lang/],
        [{ region: "12x" }, 400, /region must be a division-code prefix/],
        [{ region: 231223 }, 400, /region/],
        [{ format: "pdf" }, 400, /format/],
        [{ region: "37" }, 403, /outside your scope 231223/],
        [{ region: "231223999999" }, 400, /not a region in the national division data/],
      ]
      for (const [body, status, message] of cases) {
        const res = await attempt(api.post(PATH, body, qinggang))
        expect(res.status, JSON.stringify(body)).toBe(status)
        expect((res.data as { message: string }).message, JSON.stringify(body)).toMatch(message)
      }
      expect((await attempt(api.get(`${PATH}?limit=5`, qinggang))).status).toBe(400)
      expect((await attempt(api.get(PATH))).status).toBe(401)
      const { data } = await api.get(PATH, qinggang)
      expect(ReportSubscriptionListSchema.parse(data).subscriptions).toEqual([])
    })

    it("subscribes, issues the month's report once with the summary's figures, mails it, and keeps it to its official", async () => {
      const created = await api.post(PATH, { group_by: "cooperative", lang: "en" }, qinggang)
      expect(created.status).toBe(201)
      const { subscription } = ReportSubscriptionResponseSchema.parse(created.data)
      expect(subscription).toMatchObject({ region: "231223", group_by: "cooperative", lang: "en" })
      expect(subscription.region_label).toContain("青冈县")
      const ownId = subscription.id
      const again = await attempt(api.post(PATH, { group_by: "cooperative", lang: "en" }, qinggang))
      expect(again.status).toBe(400)
      expect((again.data as { message: string }).message).toMatch(/already subscribe/)
      expect((await api.post(PATH, { region: "231223", group_by: "channel" }, heilongjiang)).status).toBe(201)

      expect(await issueMonthlyReports(getContainer(), "2026-03")).toEqual({ issued: 2 })
      expect(await issueMonthlyReports(getContainer(), "2026-03")).toEqual({ issued: 0 })

      const { data } = await api.get(`${PATH}/reports`, qinggang)
      const { reports } = MonthlyReportListSchema.parse(data)
      expect(reports).toHaveLength(1)
      const [report] = reports
      expect(report).toMatchObject({ subscription_id: ownId, from: "2026-03-01", to: "2026-03-31", region: "231223" })
      expect(report!.emailed_at).not.toBeNull()
      const summary = await api.get(
        `/official/relief/summary?from=2026-03-01&to=2026-03-31&group_by=cooperative&lang=en`,
        qinggang,
      )
      expect(report!.totals).toEqual(summary.data.totals)
      // By hand (official-helpers.ts): order_qg1 7,980 fen less its 798 refund, 5,000 g; households 1,080 + 720.
      expect(report!.totals).toMatchObject({
        orders: 1,
        sales_fen: 7182,
        refunds_fen: 798,
        quantity_g: 5000,
        households_benefited: 2,
        persons_benefited: 7,
        household_income_fen: 1800,
      })

      await waitFor(async () => smtp.to(QINGGANG).some((m) => m.subject.startsWith("Relief report")), 20_000)
      const mail = smtp.to(QINGGANG).find((m) => m.subject.startsWith("Relief report"))!
      expect(mail.subject).toBe("Relief report 2026-03-01 to 2026-03-31: " + report!.region_label)
      expect(mail.text).toContain("¥71.82 in 1 orders")
      expect(mail.text).toContain("2 (7 persons)")
      expect(mail.text).toContain("/en/portal/official")
      await waitFor(async () => smtp.to(HEILONGJIANG).some((m) => m.subject.startsWith("消费帮扶月报")), 20_000)

      const csv = await api.get(`${PATH}/reports/${report!.id}/download`, qinggang)
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(String(csv.data)).toContain("71.82")

      // Each official sees and ends only their own (the runner restores the database before each test, so one test).
      const theirs = ReportSubscriptionListSchema.parse((await api.get(PATH, heilongjiang)).data).subscriptions
      expect(theirs).toHaveLength(1)
      expect(theirs.map((s) => s.id)).not.toContain(ownId)
      const theirReports = MonthlyReportListSchema.parse((await api.get(`${PATH}/reports`, heilongjiang)).data).reports
      expect(theirReports).toHaveLength(1)
      expect(theirReports[0]!.subscription_id).toBe(theirs[0]!.id)
      const [mine] = MonthlyReportListSchema.parse((await api.get(`${PATH}/reports`, qinggang)).data).reports

      const denied = await attempt(api.delete(`${PATH}/${ownId}`, heilongjiang))
      expect(denied.status).toBe(404)
      expect((await attempt(api.get(`${PATH}/reports/${mine!.id}/download`, heilongjiang))).status).toBe(404)
      expect((await attempt(api.delete(`${PATH}/rsub_none`, qinggang))).status).toBe(404)

      expect((await api.delete(`${PATH}/${ownId}`, qinggang)).data).toEqual({
        id: ownId,
        object: "report_subscription",
        deleted: true,
      })
      expect(ReportSubscriptionListSchema.parse((await api.get(PATH, qinggang)).data).subscriptions).toEqual([])
      // Issued reports stay listed after the subscription ends; no new month is issued for it.
      expect(MonthlyReportListSchema.parse((await api.get(`${PATH}/reports`, qinggang)).data).reports).toHaveLength(1)
      expect(await issueMonthlyReports(getContainer(), "2026-04")).toEqual({ issued: 1 })
      expect(MonthlyReportListSchema.parse((await api.get(`${PATH}/reports`, qinggang)).data).reports).toHaveLength(1)
    })
  },
})
