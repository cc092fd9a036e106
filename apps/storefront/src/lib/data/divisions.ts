// Runs in the browser (react-query): one level of the division cascade from the storefront's own /api/divisions.
import type { DivisionOption } from "@/lib/divisions/cascade"

export async function fetchDivisions(parent: string | null, signal?: AbortSignal): Promise<DivisionOption[]> {
  const response = await fetch(parent ? `/api/divisions?parent=${encodeURIComponent(parent)}` : "/api/divisions", {
    signal,
  })
  if (!response.ok) throw new Error(`Division request failed with ${response.status}`)
  return ((await response.json()) as { divisions: DivisionOption[] }).divisions
}
