import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { FacetValue, SearchHit, SearchQuery, SearchResponse, SearchSort } from "@fengshou/search-contract"
import { certificationLabel, priceBandLabel, provinceLabel, type Label } from "../../lib/search/facet-labels"
import { splitWords } from "../../lib/search/han-terms"
import { highlight } from "../../lib/search/highlight"
import { categoryLabels } from "./category-labels"

type Doc = {
  id: string
  handle: string
  title: string
  title_en: string | null
  thumbnail: string | null
  category: string | null
  category_name: string | null
  category_name_en: string | null
  cooperative_handle: string | null
  cooperative_name: string | null
  cooperative_name_en: string | null
  region: string[] | null
  certifications: string[] | null
  price_min_fen: number | null
  in_stock: boolean | null
}

const RETRIEVE = [
  "id",
  "handle",
  "title",
  "title_en",
  "thumbnail",
  "category",
  "category_name",
  "category_name_en",
  "cooperative_handle",
  "cooperative_name",
  "cooperative_name_en",
  "region",
  "certifications",
  "price_min_fen",
  "in_stock",
]

// Facet name in the API → field in the index.
const FACET_FIELDS = {
  category: "category",
  province: "province_code",
  certification: "certifications",
  price: "price_band",
} as const
const RELATED_LIMIT = 6

const ORDER: Record<SearchSort, Record<string, "ASC" | "DESC">> = {
  relevance: { _score: "DESC" },
  price_asc: { price_min_fen: "ASC" },
  price_desc: { price_min_fen: "DESC" },
  sales: { sales_count: "DESC" },
  newest: { created_at: "DESC" },
}

/**
 * Runs a shopper's search on the product index: published products of the key's sales channels, one value per
 * facet, facet counts that ignore their own filter, highlights computed here (so they mark pinyin matches on
 * every provider), and related products when nothing matched every word.
 */
export async function searchProducts(
  container: MedusaContainer,
  params: SearchQuery,
  salesChannelIds: string[],
): Promise<SearchResponse> {
  const search = container.resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
  const q = splitWords(params.q).length ? params.q : ""
  const filters: SearchTypes.SearchFilters = {
    status: "published",
    ...(salesChannelIds.length ? { sales_channel_ids: { $overlaps: salesChannelIds } } : {}),
    ...(params.category ? { category: params.category } : {}),
    ...(params.province ? { province_code: params.province } : {}),
    ...(params.certification ? { certifications: params.certification } : {}),
    ...(params.price ? { price_band: params.price } : {}),
  }
  const order = !q && params.sort === "relevance" ? ORDER.newest : ORDER[params.sort]
  const run = (strategy: "last" | "any", take: number, skip: number, facets: boolean) =>
    search.search<Doc>({
      entity: "product",
      fields: RETRIEVE,
      filters: { ...filters, ...(q ? { q } : {}) },
      pagination: { skip, take, order },
      search_options: {
        match_strategy: strategy,
        typo_tolerance: true,
        ...(facets
          ? { facets: Object.values(FACET_FIELDS).map((field) => ({ field, limit: 50 })), disjunctive_facets: true }
          : {}),
      },
    })

  const result = await run("last", params.limit, params.offset, true)
  const count = result.metadata.count ?? result.hits.length
  const related = q && count === 0 ? (await run("any", RELATED_LIMIT, 0, false)).hits : []
  const toHit = (hit: SearchTypes.SearchHit<Doc>) => toSearchHit(hit.document, q)
  return {
    q,
    sort: params.sort,
    count,
    limit: params.limit,
    offset: params.offset,
    hits: result.hits.map(toHit),
    facets: await labelFacets(container, result.facets ?? {}),
    related: related.map(toHit),
    // A provider that corrected typos says how it read the query (search-postgres-zh does; Meilisearch does not).
    did_you_mean: didYouMean(result.provider_metadata),
  }
}

function didYouMean(metadata: Record<string, unknown> | undefined): string | null {
  const value = metadata?.did_you_mean
  return typeof value === "string" && value ? value : null
}

function toSearchHit(doc: Doc, q: string): SearchHit {
  return {
    id: doc.id,
    handle: doc.handle,
    title: doc.title,
    title_en: doc.title_en ?? null,
    thumbnail: doc.thumbnail ?? null,
    category: doc.category
      ? { handle: doc.category, name: doc.category_name ?? doc.category, name_en: doc.category_name_en ?? null }
      : null,
    cooperative: doc.cooperative_handle
      ? { handle: doc.cooperative_handle, name: doc.cooperative_name ?? "", name_en: doc.cooperative_name_en ?? null }
      : null,
    region: doc.region ?? [],
    certifications: doc.certifications ?? [],
    price_min_fen: doc.price_min_fen ?? null,
    in_stock: doc.in_stock ?? false,
    highlights: {
      title: highlight(doc.title, q),
      title_en: highlight(doc.title_en ?? "", q),
      cooperative: highlight(doc.cooperative_name ?? "", q),
    },
  }
}

async function labelFacets(
  container: MedusaContainer,
  facets: Record<string, SearchTypes.SearchFacetResult>,
): Promise<SearchResponse["facets"]> {
  const values = (field: string) => {
    const facet = facets[field]
    return facet?.type === "value" ? facet.values.filter((v) => v.count > 0) : []
  }
  const withLabels = async (field: string, label: (value: string) => Label | Promise<Label>): Promise<FacetValue[]> =>
    Promise.all(values(field).map(async (v) => ({ value: v.value, count: v.count, ...(await label(v.value)) })))
  const categories = await categoryLabels(container.resolve(ContainerRegistrationKeys.QUERY))
  return {
    category: await withLabels(FACET_FIELDS.category, (v) => categories.get(v) ?? { label: v, label_en: null }),
    province: await withLabels(FACET_FIELDS.province, provinceLabel),
    certification: await withLabels(FACET_FIELDS.certification, certificationLabel),
    price: (await withLabels(FACET_FIELDS.price, priceBandLabel)).sort(
      (a, b) => bandIndex(a.value) - bandIndex(b.value),
    ),
  }
}

const bandIndex = (key: string) => ["under-50", "50-100", "100-200", "200-up"].indexOf(key)
