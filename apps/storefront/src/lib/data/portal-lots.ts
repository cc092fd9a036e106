// Harvest lots of the signed-in cooperative and the households' contributions to them.
import "server-only"
import { portalFetch } from "./portal-fetch"

export type PortalContribution = { id: string; household_id: string | null; household_code: string | null; quantity_g: number; farmgate_fen_per_kg: number }
export type PortalLot = {
  id: string
  trace_code: string
  product_id: string
  variant_id: string
  harvest_date: string
  quantity_g: number
  certificate: Record<string, string | undefined> | null
  contributed_g: number
  contributions: PortalContribution[]
}
export type NewLot = { variant_id: string; harvest_date: string; quantity_g: number; certificate: Record<string, string | undefined> }
export type NewContribution = { household_id: string; quantity_g: number; farmgate_fen_per_kg: number }

export async function listLots(token: string): Promise<PortalLot[]> {
  return (await portalFetch<{ lots: PortalLot[] }>("/cooperative/lots", token, { query: { limit: 100 } })).lots
}

export async function getLot(token: string, id: string): Promise<PortalLot> {
  return (await portalFetch<{ lot: PortalLot }>(`/cooperative/lots/${encodeURIComponent(id)}`, token)).lot
}

export async function createLot(token: string, lot: NewLot): Promise<PortalLot> {
  return (await portalFetch<{ lot: PortalLot }>("/cooperative/lots", token, { method: "POST", body: lot })).lot
}

export async function addContributions(token: string, lotId: string, contributions: NewContribution[]) {
  await portalFetch(`/cooperative/lots/${encodeURIComponent(lotId)}/contributions`, token, { method: "POST", body: { contributions } })
}
