import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * The public fields of each of our models that a store route can reach through a link (src/links: product →
 * cooperative). Whatever `fields` asks for, a store answer carries only these: never a cooperative's status, the
 * operator's reason, its approval date or credit code, nor anything under it (households, lots, staff).
 */
export const PUBLIC_LINKED_FIELDS: Record<string, readonly string[]> = {
  cooperative: ["id", "handle", "name_zh", "name_en", "division_code", "region"],
}

/** `cooperative.id`, `cooperative.handle`, … for a linked model. */
export const publicPaths = (model: string): string[] =>
  (PUBLIC_LINKED_FIELDS[model] ?? []).map((field) => `${model}.${field}`)

/**
 * Query-config fields with every linked model narrowed to its public fields: `…cooperative.*` becomes the public
 * list, any other field under it is dropped. Fields that reach no linked model pass unchanged.
 */
export function keepPublicFields(fields: string[]): string[] {
  const kept = fields.flatMap((field) => {
    const segments = field.split(".")
    const at = segments.findIndex((s) => s in PUBLIC_LINKED_FIELDS)
    if (at < 0) return [field]
    const model = segments[at]!
    const prefix = segments.slice(0, at + 1).join(".")
    const rest = segments.slice(at + 1)
    if (rest.length === 0 || (rest.length === 1 && rest[0] === "*")) {
      return (PUBLIC_LINKED_FIELDS[model] ?? []).map((f) => `${prefix}.${f}`)
    }
    return rest.length === 1 && PUBLIC_LINKED_FIELDS[model]!.includes(rest[0]!) ? [field] : []
  })
  return [...new Set(kept)]
}

/** After Medusa's own query validation: the query config reads only public fields of our linked models. */
export function narrowToPublicFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // remoteQueryConfig is the same object (Medusa keeps it for older routes).
  if (req.queryConfig?.fields) req.queryConfig.fields = keepPublicFields(req.queryConfig.fields)
  next()
}
