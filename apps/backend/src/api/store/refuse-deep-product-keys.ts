import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { publicPaths } from "./public-fields"

// The product→cooperative link's public fields (public-fields.ts), so `+cooperative.handle,+cooperative.name_zh` work;
// `*cooperative` is rewritten to exactly these, and nothing under the cooperative (households, lots) is allowed.
export const COOPERATIVE_FIELDS = publicPaths("cooperative")
const WHOLE_COOPERATIVE = new Set(["cooperative", "*cooperative", "cooperative.*"])

const PAGING_KEYS = new Set(["fields", "limit", "offset", "order", "with_deleted"])

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${message}`)

// `a.b.c=x` and `a[b][c]=x` both count three levels; Medusa's query cannot filter that deep (it answers 500).
const depth = (value: unknown): number => {
  if (Array.isArray(value)) return Math.max(0, ...value.map(depth))
  if (value === null || typeof value !== "object") return 0
  return 1 + Math.max(0, ...Object.entries(value).map(([k, v]) => k.split(".").length - 1 + depth(v)))
}

const parts = (raw: string) => {
  const trimmed = raw.trim()
  const sign = /^[+-]/.test(trimmed) ? trimmed[0]! : ""
  return { sign, field: trimmed.slice(sign.length) }
}

const badField = (raw: string): string | null => {
  const { field } = parts(raw)
  const name = field.replace(/^\*/, "")
  if (name.split(".")[0] !== "cooperative") return null
  if (WHOLE_COOPERATIVE.has(field) || COOPERATIVE_FIELDS.includes(name)) return null
  const named = COOPERATIVE_FIELDS.map((f) => `+${f}`)
  return `fields: ${raw} is not a public cooperative field; use *cooperative or ${named.join(", ")}`
}

/** `*cooperative` (and `cooperative`, `cooperative.*`) → the public fields one by one, with the same sign. */
export const rewriteFields = (raw: string): string =>
  raw
    .split(",")
    .flatMap((entry) => {
      const { sign, field } = parts(entry)
      return WHOLE_COOPERATIVE.has(field) ? COOPERATIVE_FIELDS.map((f) => `${sign}${f}`) : [entry]
    })
    .join(",")

/** 400 instead of Medusa's 500 for cooperative fields outside the allow-list, cooperative filters, and filters more
 * than 2 levels deep on /store/products; `*cooperative` is narrowed to the public fields before Medusa expands it. */
export function refuseDeepProductKeys(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.query as Record<string, unknown>
  for (const [key, value] of Object.entries(query)) {
    if (key === "fields") {
      const raw = Array.isArray(value) ? value.join(",") : String(value ?? "")
      const problem = raw
        .split(",")
        .map(badField)
        .find((p) => p !== null)
      if (problem) return next(invalid(problem))
      query.fields = rewriteFields(raw)
      continue
    }
    if (PAGING_KEYS.has(key)) continue
    if (key.split(".")[0] === "cooperative" || key.startsWith("cooperative[")) {
      return next(
        invalid(`${key}: products cannot be filtered by cooperative here; read /store/cooperatives/:handle instead`),
      )
    }
    if (key.split(".").length + depth(value) > 2) {
      return next(invalid(`${key}: filters may be at most 2 levels deep (like created_at[$gt])`))
    }
  }
  next()
}
