import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeProductIds } from "../../../queries/cooperative/cooperative-products"
import { createCooperativeProductWorkflow } from "../../../workflows/cooperative/create-cooperative-product"
import { cooperativeActor } from "../cooperative-actor"
import { cooperativeLocationId } from "../read/cooperative-location"
import { readOwnProducts } from "../read/read-own-products"
import { archivedOrNot } from "./archived-or-not"
import type { CreateCooperativeProductBody } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const { limit, offset, archived } = req.validatedQuery as { limit: number; offset: number; archived: boolean }
  const ids = (await archivedOrNot(req.scope, await cooperativeProductIds(req.scope, cooperativeId), archived)).sort()
  const page = ids.slice(offset, offset + limit)
  const products = await readOwnProducts(
    req.scope,
    cooperativeId,
    page,
    await cooperativeLocationId(req.scope, cooperativeId),
  )
  res.json({ products, count: ids.length, limit, offset })
}

// A handle from the English title when none is given: ascii, lower-case, hyphenated.
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

export async function POST(req: AuthenticatedMedusaRequest<CreateCooperativeProductBody>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const b = req.validatedBody
  const { result } = await createCooperativeProductWorkflow(req.scope).run({
    input: {
      cooperative_id: cooperativeId,
      handle: b.handle ?? (slug(b.title_en) || `product-${Date.now()}`),
      zh: { title: b.title_zh, subtitle: b.subtitle_zh, description: b.description_zh },
      en: { title: b.title_en, subtitle: b.subtitle_en, description: b.description_en },
      status: b.status,
      cold_chain: b.cold_chain,
      category_id: b.category_id,
      thumbnail: b.thumbnail,
      images: b.images,
      variants: b.variants,
      benefit_override: b.benefit_override,
    },
  })
  const location = await cooperativeLocationId(req.scope, cooperativeId)
  const [product] = await readOwnProducts(req.scope, cooperativeId, [result.id], location)
  res.status(201).json({ product })
}
