// Medusa's own migration for its PostgreSQL search provider (pg_trgm, unaccent, medusa_search_english, the
// catalog table). Our provider keeps that engine, so it runs the same migration, under the same name.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
