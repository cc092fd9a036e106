type CooperativeRow = {
  id: string
  handle: string
  name_zh: string
  name_en: string
  credit_code: string
  division_code: string
  region: unknown
  story_zh: string | null
  story_en: string | null
  benefit_mechanisms: string[]
  dividend_bps: number | null
  status: string
  status_reason: string | null
  approved_at: Date | string | null
  certifications?: unknown[]
}

/** The cooperative's profile as its staff and the operator see it (no household data lives here). */
export function serializeProfile(c: CooperativeRow) {
  return {
    id: c.id,
    handle: c.handle,
    name_zh: c.name_zh,
    name_en: c.name_en,
    credit_code: c.credit_code,
    division_code: c.division_code,
    region: c.region,
    story_zh: c.story_zh,
    story_en: c.story_en,
    benefit_mechanisms: c.benefit_mechanisms,
    dividend_bps: c.dividend_bps,
    status: c.status,
    status_reason: c.status_reason,
    approved_at: c.approved_at,
    certifications: c.certifications ?? [],
  }
}
