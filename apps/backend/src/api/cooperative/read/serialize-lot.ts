type ContributionRow = {
  id: string
  quantity_g: number
  farmgate_fen_per_kg: number
  household?: { id: string; code: string } | null
}
type LotRow = {
  id: string
  trace_code: string
  product_id: string
  variant_id: string
  harvest_date: string
  quantity_g: number
  certificate: unknown
  created_at?: Date | string
  contributions?: ContributionRow[]
}

/** A lot for its own cooperative: contributions name households by id and pseudonymous code only. */
export function serializeOwnLot(lot: LotRow) {
  const contributions = (lot.contributions ?? []).map((c) => ({
    id: c.id,
    household_id: c.household?.id ?? null,
    household_code: c.household?.code ?? null,
    quantity_g: c.quantity_g,
    farmgate_fen_per_kg: c.farmgate_fen_per_kg,
  }))
  return {
    id: lot.id,
    trace_code: lot.trace_code,
    product_id: lot.product_id,
    variant_id: lot.variant_id,
    harvest_date: lot.harvest_date,
    quantity_g: lot.quantity_g,
    certificate: lot.certificate,
    contributed_g: contributions.reduce((sum, c) => sum + c.quantity_g, 0),
    contributions,
    created_at: lot.created_at,
  }
}
