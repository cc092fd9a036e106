import type { DivisionNames } from "../../lib/divisions/resolve-division"
import { scopeFromNames } from "../../modules/official/region-scope"

export type OfficialRow = {
  id: string
  email: string
  name: string
  title: string | null
  organisation: string
  region_code: string
  region: Record<string, unknown>
  status: string
  status_reason: string | null
  disabled_at: Date | string | null
  created_at?: Date | string
}

/** An official as the operator and the official see it: profile, status, and the scope with its names. */
export function serializeOfficial(o: OfficialRow) {
  return {
    id: o.id,
    email: o.email,
    name: o.name,
    title: o.title,
    organisation: o.organisation,
    region_code: o.region_code,
    scope: scopeFromNames(o.region_code, o.region as DivisionNames),
    status: o.status,
    status_reason: o.status_reason,
    disabled_at: o.disabled_at,
    ...(o.created_at ? { created_at: o.created_at } : {}),
  }
}
