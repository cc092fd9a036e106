import type { SearchTypes } from "@medusajs/framework/types"

type Input = SearchTypes.ProviderSearchQuery
type Filters = Record<string, unknown>

/** A facet-only search answered with a page's search: its place in the batch and the facet it counts. */
export type FacetSearch = { index: number; field: string }
export type SearchGroup = { page: number; facets: FacetSearch[] }

/** JSON with object keys sorted, so two filters written in another order compare equal. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Filters).filter(([, v]) => v !== undefined)
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

/** The filters without the given top-level fields (undefined when none is left, as the Search Module leaves them). */
export function omitFields(filters: Input["filters"], fields: string[]): Input["filters"] {
  const kept = Object.entries((filters ?? {}) as Filters).filter(([k, v]) => !fields.includes(k) && v !== undefined)
  return kept.length ? (Object.fromEntries(kept) as Input["filters"]) : undefined
}

/** Only the given top-level fields of the filters (undefined when none). */
export function pickFields(filters: Input["filters"], fields: string[]): Input["filters"] {
  const kept = Object.entries((filters ?? {}) as Filters).filter(([k, v]) => fields.includes(k) && v !== undefined)
  return kept.length ? (Object.fromEntries(kept) as Input["filters"]) : undefined
}

/** The field a search only counts one value facet of (no hits, no total), or null. */
function facetOnlyField(input: Input): string | null {
  const options = input.search_options ?? {}
  const facets = options.facets ?? []
  if (input.pagination?.take !== 0 || options.count !== "none" || facets.length !== 1) return null
  const [facet] = facets
  if (typeof facet === "string") return facet
  return (facet!.type ?? "value") === "value" && !("query" in facet! && facet.query) ? facet!.field : null
}

/** What a search asks apart from its page, facets and count: the same for a page and its facet-only searches. */
const sameWords = (a: Input, b: Input) =>
  a.index.physical_name === b.index.physical_name &&
  a.q === b.q &&
  stable({ ...a.search_options, facets: undefined, count: undefined }) ===
    stable({ ...b.search_options, facets: undefined, count: undefined })

/**
 * Pairs each facet-only search of a batch with the page's search it was made from, the way the Search Module
 * makes disjunctive facets (buildDisjunctiveFacetQueries): the same words and options, one of the page's facets,
 * and the page's filters without that facet's own (a top-level field of them). The rest stand alone.
 */
export function groupFacetSearches(inputs: Input[], canLead: (input: Input) => boolean): SearchGroup[] {
  const groups = inputs.map((_, page): SearchGroup => ({ page, facets: [] }))
  const joined = new Set<number>()
  inputs.forEach((input, index) => {
    const field = facetOnlyField(input)
    if (!field) return
    const page = inputs.findIndex(
      (p, i) =>
        i !== index &&
        !facetOnlyField(p) &&
        canLead(p) &&
        sameWords(p, input) &&
        (p.search_options?.facets ?? []).some((f) => (typeof f === "string" ? f : f.field) === field) &&
        Object.prototype.hasOwnProperty.call(p.filters ?? {}, field) &&
        stable(omitFields(p.filters, [field]) ?? {}) === stable(input.filters ?? {}),
    )
    if (page < 0 || groups[page]!.facets.some((f) => f.field === field)) return
    groups[page]!.facets.push({ index, field })
    joined.add(index)
  })
  return groups.filter((g) => !joined.has(g.page))
}
