import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { productCooperativeId } from "../../../../queries/cooperative/cooperative-products"
import { updateCooperativeProductWorkflow } from "../../../../workflows/cooperative/update-cooperative-product"
import { cooperativeActor } from "../../cooperative-actor"
import { cooperativeLocationId } from "../../read/cooperative-location"
import { readOwnProducts } from "../../read/read-own-products"
import type { UpdateCooperativeProductBody } from "../validators"

async function readOne(req: AuthenticatedMedusaRequest, cooperativeId: string) {
  // Another cooperative's product is "not found", exactly like an id that does not exist.
  if ((await productCooperativeId(req.scope, req.params.id!)) !== cooperativeId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found in your cooperative`)
  }
  const [product] = await readOwnProducts(
    req.scope,
    cooperativeId,
    [req.params.id!],
    await cooperativeLocationId(req.scope, cooperativeId),
  )
  return product
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product: await readOne(req, cooperativeActor(req).cooperativeId) })
}

const pick = <T extends Record<string, unknown>>(o: T) =>
  Object.values(o).some((v) => v !== undefined)
    ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>)
    : undefined

export async function POST(req: AuthenticatedMedusaRequest<UpdateCooperativeProductBody>, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const b = req.validatedBody
  await updateCooperativeProductWorkflow(req.scope).run({
    input: {
      cooperative_id: cooperativeId,
      product_id: req.params.id!,
      zh: pick({ title: b.title_zh, subtitle: b.subtitle_zh, description: b.description_zh }),
      en: pick({ title: b.title_en, subtitle: b.subtitle_en, description: b.description_en }),
      status: b.status,
      cold_chain: b.cold_chain,
      category_id: b.category_id,
      images: b.images,
      new_variants: b.new_variants,
      variants: b.variants,
      benefit_override: b.benefit_override,
    },
  })
  res.json({ product: await readOne(req, cooperativeId) })
}
