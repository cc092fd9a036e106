// Runs the relevance set through GET /store/search and reports every case that missed, so one run shows all.
import type { SearchResponse } from "@fengshou/search-contract"
import { RELEVANCE_SET, type Provider, type RelevanceCase } from "./relevance-set"

type Get = (url: string) => Promise<{ status: number; data: SearchResponse }>

/** The cases a provider is held to. */
export const casesFor = (provider: Provider): RelevanceCase[] =>
  RELEVANCE_SET.filter((c) => !c.providers || c.providers.includes(provider))

export async function runRelevanceSet(get: Get, provider: Provider): Promise<string[]> {
  const misses: string[] = []
  for (const c of casesFor(provider)) {
    const { data } = await get(`/store/search?q=${encodeURIComponent(c.q)}&limit=10`)
    // What the page lists: the hits, or when nothing matched the whole query, the best partial matches.
    const listed = data.hits.length ? data.hits : data.related
    const handles = listed.map((h) => h.handle)
    const top3 = handles.slice(0, 3)
    const problems = [
      ...c.top3.filter((h) => !top3.includes(h)).map((h) => `not in top 3: ${h}`),
      ...(c.absent ?? []).filter((h) => handles.includes(h)).map((h) => `should not be listed: ${h}`),
      ...(c.first && handles[0] !== c.first ? [`not first: ${c.first}`] : []),
      ...(c.didYouMean !== undefined && data.did_you_mean !== c.didYouMean
        ? [`did_you_mean ${JSON.stringify(data.did_you_mean)}, wanted ${JSON.stringify(c.didYouMean)}`]
        : []),
    ]
    if (problems.length) {
      const from = data.hits.length ? "" : " (partial matches)"
      misses.push(`${c.kind} "${c.q}": got [${handles.join(", ")}]${from}; ${problems.join("; ")}`)
    }
  }
  return misses
}
