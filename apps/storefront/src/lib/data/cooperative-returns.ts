// The cooperative's returns inbox: returns of its own lines, received when the parcel comes back, then refunded.
import "server-only"
import {
  CooperativeReturnListSchema,
  CooperativeReturnResponseSchema,
  type CooperativeReturn,
} from "@fengshou/store-contract"
import type { z } from "zod"
import { AFTER_SALE_PAGE_SIZE, type ReturnsQuery } from "@/lib/cooperative/after-sale-query"
import { fromBackend } from "./parse-contract"
import { ConsoleApiError, consoleFetch } from "./console-fetch"
import { portalLang } from "./cooperative-orders"

export type { CooperativeReturn } from "@fengshou/store-contract"
export type CooperativeReturnPage = z.infer<typeof CooperativeReturnListSchema>

const path = (returnId: string) => `/cooperative/returns/${encodeURIComponent(returnId)}` as const

export async function listReturns(token: string, { status, offset }: ReturnsQuery): Promise<CooperativeReturnPage> {
  const body = await consoleFetch<unknown>("/cooperative/returns", token, {
    query: { status, limit: AFTER_SALE_PAGE_SIZE, offset, lang: await portalLang() },
  })
  return fromBackend(CooperativeReturnListSchema, body, "GET /cooperative/returns")
}

/** The return, or null when it is not one of the cooperative's. */
export async function findReturn(token: string, returnId: string): Promise<CooperativeReturn | null> {
  try {
    const body = await consoleFetch<unknown>(path(returnId), token, { query: { lang: await portalLang() } })
    return fromBackend(CooperativeReturnResponseSchema, body, "GET /cooperative/returns/:id").return
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 404) return null
    throw error
  }
}

/** Every requested unit received (the backend's default when no items are named). */
export async function receiveReturn(token: string, returnId: string): Promise<CooperativeReturn> {
  const body = await consoleFetch<unknown>(`${path(returnId)}/receive`, token, { method: "POST", body: {} })
  return fromBackend(CooperativeReturnResponseSchema, body, "POST /cooperative/returns/:id/receive").return
}

/** 409 before the goods are received; 422 when the amount is more than is refundable. */
export async function refundReturn(token: string, returnId: string, amountFen: number): Promise<CooperativeReturn> {
  const body = await consoleFetch<unknown>(`${path(returnId)}/refund`, token, {
    method: "POST",
    body: { amount_fen: amountFen },
  })
  return fromBackend(CooperativeReturnResponseSchema, body, "POST /cooperative/returns/:id/refund").return
}
