// Runs the relevance set through GET /store/search and reports every case that missed, so one run shows all.
import type { SearchResponse } from "@fengshou/search-contract"
import { RELEVANCE_SET } from "./relevance-set"

type Get = (url: string) => Promise<{ status: number; data: SearchResponse }>

export async function runRelevanceSet(get: Get): Promise<string[]> {
  const misses: string[] = []
  for (const c of RELEVANCE_SET) {
    const { data } = await get(`/store/search?q=${encodeURIComponent(c.q)}&limit=10`)
    const handles = data.hits.map((h) => h.handle)
    const top3 = handles.slice(0, 3)
    const missing = c.top3.filter((h) => !top3.includes(h))
    const unwanted = (c.absent ?? []).filter((h) => handles.includes(h))
    if (missing.length || unwanted.length) {
      misses.push(
        `${c.kind} "${c.q}": got [${handles.join(", ")}]; ${missing.length ? `not in top 3: ${missing.join(", ")}` : ""}${unwanted.length ? ` should not match: ${unwanted.join(", ")}` : ""}`,
      )
    }
  }
  return misses
}
