// Harvest lots of the signed-in cooperative and the households' contributions to them.
import "server-only"
import {
  CooperativeLotListResponseSchema,
  CooperativeLotResponseSchema,
  type CooperativeLot,
} from "@fengshou/store-contract"
import { fromBackend } from "./parse-contract"
import { consoleFetch } from "./console-fetch"

export type { LotContribution, CooperativeLot } from "@fengshou/store-contract"

export type NewLot = {
  variant_id: string
  harvest_date: string
  quantity_g: number
  certificate: Record<string, string | undefined>
}
export type NewContribution = { household_id: string; quantity_g: number; farmgate_fen_per_kg: number }

export async function listLots(token: string): Promise<CooperativeLot[]> {
  const body = await consoleFetch<unknown>("/cooperative/lots", token, { query: { limit: 100 } })
  return fromBackend(CooperativeLotListResponseSchema, body, "GET /cooperative/lots").lots
}

export async function getLot(token: string, id: string): Promise<CooperativeLot> {
  const body = await consoleFetch<unknown>(`/cooperative/lots/${encodeURIComponent(id)}`, token)
  return fromBackend(CooperativeLotResponseSchema, body, "GET /cooperative/lots/:id").lot
}

export async function createLot(token: string, lot: NewLot): Promise<CooperativeLot> {
  const body = await consoleFetch<unknown>("/cooperative/lots", token, { method: "POST", body: lot })
  return fromBackend(CooperativeLotResponseSchema, body, "POST /cooperative/lots").lot
}

export async function addContributions(token: string, lotId: string, contributions: NewContribution[]) {
  await consoleFetch(`/cooperative/lots/${encodeURIComponent(lotId)}/contributions`, token, {
    method: "POST",
    body: { contributions },
  })
}
