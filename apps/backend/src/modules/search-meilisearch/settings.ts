import type { SearchTypes } from "@medusajs/framework/types"

type Field = SearchTypes.SearchFieldDefinition
const weightOf = (f: Field) => (typeof f.searchable === "object" ? (f.searchable.weight ?? 1) : 1)
const isSearchable = (f: Field) => f.searchable === true || typeof f.searchable === "object"
const isFacetable = (f: Field) => f.facetable === true || typeof f.facetable === "object"

/** Leaf fields by dotted path (objects flattened), in declaration order. */
export function leafFields(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields ? leafFields(field.fields, path) : [[path, field] as [string, Field]]
  })
}

export type MeiliIndexOptions = { synonyms?: Record<string, string[]> }

/**
 * An index definition as Meilisearch settings: searchable attributes ordered by weight (Meilisearch ranks by
 * attribute order, not by weights), filterable = filterable or facetable, sortable, typo tolerance, synonyms.
 */
export function toMeiliSettings(index: SearchTypes.ResolvedSearchIndexDefinition, options: MeiliIndexOptions) {
  const leaves = leafFields(index.fields)
  const searchable = leaves
    .filter(([, f]) => isSearchable(f))
    .map(([path, f], order) => ({ path, weight: weightOf(f), order }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((s) => s.path)
  const typo = index.settings.typo_tolerance
  return {
    searchableAttributes: searchable,
    filterableAttributes: leaves.filter(([, f]) => f.filterable || isFacetable(f)).map(([p]) => p),
    sortableAttributes: leaves.filter(([, f]) => f.sortable).map(([p]) => p),
    displayedAttributes: ["*"],
    synonyms: options.synonyms ?? {},
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      minWordSizeForTypos: {
        oneTypo: typo?.min_word_size_for_one_typo ?? 5,
        twoTypos: typo?.min_word_size_for_two_typos ?? 9,
      },
      disableOnAttributes: typo?.disabled_on_attributes ?? [],
    },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 10000 },
    ...(index.settings.distinct_attribute ? { distinctAttribute: index.settings.distinct_attribute } : {}),
  }
}

/** Date fields as epoch milliseconds, so Meilisearch can sort and range-filter them as numbers. */
export function dateFieldPaths(index: SearchTypes.ResolvedSearchIndexDefinition): string[] {
  return leafFields(index.fields)
    .filter(([, f]) => f.type === "date")
    .map(([p]) => p)
}
