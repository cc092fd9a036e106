// Settlement statements (结算单) for the cooperative and host consoles, and the cooperative's household income for a
// period (the 分红表's figures). The files (CSV, PDF) are fetched raw for the storefront's download routes.
import "server-only"
import {
  HouseholdIncomeAnswerSchema,
  StatementDetailSchema,
  StatementListSchema,
  type HouseholdIncomeAnswer,
  type StatementDetail,
} from "@fengshou/store-contract"
import type { z } from "zod"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"
import { ConsoleApiError, consoleFetch } from "./console-fetch"
import { fromBackend } from "./parse-contract"

export type { HouseholdIncomeAnswer, Statement, StatementDetail, StatementLine } from "@fengshou/store-contract"
export type StatementPage = z.infer<typeof StatementListSchema>

/** Who reads statements: a cooperative (its sales) or a host (its commissions). */
export type SettlementActor = "cooperative" | "host"

/** Statements are monthly: four years on one page. */
export const STATEMENT_PAGE_SIZE = 48

const base = (actor: SettlementActor) => `/${actor}/settlements` as const

export async function listStatements(actor: SettlementActor, token: string, offset = 0): Promise<StatementPage> {
  const body = await consoleFetch<unknown>(base(actor), token, { query: { limit: STATEMENT_PAGE_SIZE, offset } })
  return fromBackend(StatementListSchema, body, `GET /${actor}/settlements`)
}

/**
 * The statement with its lines, or null when it is not this actor's (404) or the id cannot be one (400). A
 * cooperative's lines are titled in `lang`, the portal's language (#15).
 */
export async function findStatement(
  actor: SettlementActor,
  token: string,
  id: string,
  lang?: "zh" | "en",
): Promise<StatementDetail | null> {
  try {
    const body = await consoleFetch<unknown>(
      `${base(actor)}/${encodeURIComponent(id)}`,
      token,
      lang ? { query: { lang } } : undefined,
    )
    return fromBackend(StatementDetailSchema, body, `GET /${actor}/settlements/:id`)
  } catch (error) {
    if (error instanceof ConsoleApiError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

/** Each household's income and the village collective's in a period (YYYY-MM), from the relief ledger. */
export async function getHouseholdIncome(token: string, period: string): Promise<HouseholdIncomeAnswer> {
  const body = await consoleFetch<unknown>("/cooperative/settlements/households", token, { query: { period } })
  return fromBackend(HouseholdIncomeAnswerSchema, body, "GET /cooperative/settlements/households")
}

/** What a download route may ask for: a statement's file, or the cooperative's dividend sheet. */
export type SettlementFile =
  | { actor: SettlementActor; kind: "statement"; id: string; format: "csv" | "pdf"; lang: "zh" | "en" }
  | { actor: "cooperative"; kind: "dividend-sheet"; period: string; lang: "zh" | "en" }

export function settlementFilePath(file: SettlementFile): string {
  if (file.kind === "dividend-sheet") {
    const query = new URLSearchParams({ period: file.period, lang: file.lang })
    return `/cooperative/settlements/households/dividend-sheet.pdf?${query}`
  }
  const query = new URLSearchParams({ lang: file.lang })
  return `${base(file.actor)}/${encodeURIComponent(file.id)}/statement.${file.format}?${query}`
}

/** The backend's raw answer for a file, for the download routes to stream back (or pass its refusal on). */
export async function fetchSettlementFile(token: string, file: SettlementFile): Promise<Response> {
  const { url } = await getBackendConfig()
  try {
    return await fetch(`${url}${settlementFilePath(file)}`, {
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  } catch (error) {
    throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
  }
}
