// The official's monthly report subscriptions and the reports issued for them. From the server with the official's
// JWT (the `fs_official` cookie); never cached.
import "server-only"
import {
  MonthlyReportListSchema,
  ReportSubscriptionListSchema,
  ReportSubscriptionResponseSchema,
  type MonthlyReport,
  type ReportSubscription,
} from "@fengshou/store-contract"
import type { ReportGrouping, ReportLang } from "@/lib/official/report-query"
import { fromBackend } from "./parse-contract"
import { consoleFetch } from "./console-fetch"

export type { MonthlyReport, ReportSubscription } from "@fengshou/store-contract"
export type NewSubscription = { region?: string; group_by: ReportGrouping; lang: ReportLang }

const PATH = "/official/relief/subscriptions"

export async function listReportSubscriptions(token: string): Promise<ReportSubscription[]> {
  const body = await consoleFetch<unknown>(PATH, token)
  return fromBackend(ReportSubscriptionListSchema, body, `GET ${PATH}`).subscriptions
}

export async function listMonthlyReports(token: string): Promise<MonthlyReport[]> {
  const body = await consoleFetch<unknown>(`${PATH}/reports`, token)
  return fromBackend(MonthlyReportListSchema, body, `GET ${PATH}/reports`).reports
}

/** 400 for a bad grouping, language or region, 403 for a region outside the scope: the form shows the sentence. */
export async function subscribeReport(token: string, input: NewSubscription): Promise<string> {
  const body = await consoleFetch<unknown>(PATH, token, { method: "POST", body: input })
  return fromBackend(ReportSubscriptionResponseSchema, body, `POST ${PATH}`).subscription.id
}

export async function unsubscribeReport(token: string, id: string): Promise<void> {
  await consoleFetch<unknown>(`${PATH}/${encodeURIComponent(id)}`, token, { method: "DELETE" })
}
