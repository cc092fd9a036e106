import { publicFields, type PublicCooperativeRow } from "./serialize-public"

type CooperativeRow = PublicCooperativeRow & {
  dividend_bps: number | null
  collective_bps: number | null
  status: string
  status_reason: string | null
  approved_at: Date | string | null
  licence_url?: string | null
  certifications?: unknown[]
}

/** The cooperative's profile as its staff and the operator see it (no household data lives here). */
export function serializeProfile(c: CooperativeRow) {
  return {
    ...publicFields(c),
    dividend_bps: c.dividend_bps,
    collective_bps: c.collective_bps,
    status: c.status,
    status_reason: c.status_reason,
    licence_url: c.licence_url ?? null,
    approved_at: c.approved_at,
    certifications: c.certifications ?? [],
  }
}
