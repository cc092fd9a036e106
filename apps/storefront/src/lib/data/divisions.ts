// Runs in the browser (react-query): one level of the division cascade from the storefront's own /api/divisions
// (provinces, cities, counties) or /api/divisions/lower (townships and villages, for the cooperative sign-up).
import type { DivisionOption } from "@/lib/divisions/cascade"

export async function fetchDivisions(parent: string | null, signal?: AbortSignal): Promise<DivisionOption[]> {
  const base = parent && parent.length >= 6 ? "/api/divisions/lower" : "/api/divisions"
  const response = await fetch(parent ? `${base}?parent=${encodeURIComponent(parent)}` : base, {
    signal,
  })
  if (!response.ok) throw new Error(`Division request failed with ${response.status}`)
  return ((await response.json()) as { divisions: DivisionOption[] }).divisions
}
