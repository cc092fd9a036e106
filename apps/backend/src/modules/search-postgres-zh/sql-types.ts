import type { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"

// Shapes of Medusa's PostgreSQL provider internals this provider builds on (its protected methods' parameters).
export type Catalog = Parameters<PostgresSearchService["keywordFragments"]>[0]["catalog"]
export type Plan = Parameters<PostgresSearchService["createDocumentTable"]>[1]
export type Manager = Parameters<PostgresSearchService["createDocumentTable"]>[2]
export type QueryParts = Parameters<PostgresSearchService["executeQuery"]>[0]
export type FacetScopeInput = Parameters<PostgresSearchService["buildFacetScope"]>[0]
export type FacetInput = Parameters<PostgresSearchService["resolveFacets"]>[0]
