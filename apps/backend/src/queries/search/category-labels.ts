import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ENGLISH } from "../../lib/english"
import type { Label } from "../../lib/search/facet-labels"

let categories: { at: number; labels: Map<string, Label> } | undefined
const CATEGORY_TTL_MS = 60_000

/** Category names by handle, zh and en, read at most once a minute. */
export async function categoryLabels(query: Pick<RemoteQueryFunction, "graph">): Promise<Map<string, Label>> {
  if (categories && Date.now() - categories.at < CATEGORY_TTL_MS) return categories.labels
  const { data } = await query.graph({ entity: "product_category", fields: ["id", "handle", "name"] })
  const rows = data as { id: string; handle: string; name: string }[]
  const { data: translations } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference_id: rows.map((r) => r.id), locale_code: ENGLISH },
  })
  const en = new Map(
    (translations as { reference_id: string; translations: { name?: string } | null }[]).map((t) => [
      t.reference_id,
      t.translations?.name ?? null,
    ]),
  )
  const labels = new Map(rows.map((r) => [r.handle, { label: r.name, label_en: en.get(r.id) ?? null }]))
  categories = { at: Date.now(), labels }
  return labels
}
