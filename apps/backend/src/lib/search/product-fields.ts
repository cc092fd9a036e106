import { search } from "@medusajs/framework/utils"

// Weights: 3 the product's own name (zh, en, its pinyin), 2 what kind of thing and who grows it, 1 the rest.
// The PostgreSQL provider maps them to tsvector weights A/B/D; Meilisearch orders searchableAttributes by them.
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  title: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 3 }),
  pinyin_title: search.text().searchable({ weight: 3 }).retrievable(false),
  category_name: search.text().searchable({ weight: 2 }),
  category_name_en: search.text().searchable({ weight: 2 }),
  tags: search.text().array().searchable({ weight: 2 }),
  cooperative_name: search.text().searchable({ weight: 2 }),
  cooperative_name_en: search.text().searchable({ weight: 1 }),
  region: search.text().array().searchable({ weight: 1 }),
  pinyin_more: search.text().searchable({ weight: 1 }).retrievable(false),
  certification_names: search.text().array().searchable({ weight: 1 }),
  description: search.text().searchable({ weight: 1 }),
  description_en: search.text().searchable({ weight: 1 }),
  category: search.keyword().filterable().facetable(),
  cooperative_handle: search.keyword().filterable(),
  province_code: search.keyword().filterable().facetable(),
  certifications: search.keyword().array().filterable().facetable(),
  price_band: search.keyword().filterable().facetable(),
  price_min_fen: search.integer().filterable().sortable(),
  in_stock: search.boolean().filterable(),
  sales_count: search.integer().sortable(),
  created_at: search.date().sortable(),
  thumbnail: search.keyword(),
})
