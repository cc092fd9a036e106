import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { serializeCertification } from "../../serializers/cooperative/serialize-certification"

type Certification = ReturnType<typeof serializeCertification>

/**
 * The certificates that speak for each product: its own and those of its lots (a batch's test report), serialized
 * with `expired` for today. Products with none map to an empty list.
 */
export async function productCertifications(
  container: MedusaContainer,
  productIds: string[],
): Promise<Map<string, Certification[]>> {
  const byProduct = new Map<string, Certification[]>(productIds.map((id) => [id, []]))
  if (!productIds.length) return byProduct
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const lots = await service.listLots({ product_id: productIds }, { select: ["id", "product_id"] })
  const productOfLot = new Map(lots.map((l) => [l.id, l.product_id]))
  const or: Record<string, unknown>[] = [{ product_id: productIds }]
  if (lots.length) or.push({ lot_id: lots.map((l) => l.id) })
  const rows = await service.listCertifications({ $or: or }, { order: { created_at: "ASC" } })
  for (const row of rows) {
    const productId = row.product_id ?? (row.lot_id ? productOfLot.get(row.lot_id) : undefined)
    if (productId) byProduct.get(productId)?.push(serializeCertification(row))
  }
  return byProduct
}

/** A lot's certificates and its product's, for the trace page. */
export async function lotCertifications(container: MedusaContainer, lot: { id: string; product_id: string }) {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const rows = await service.listCertifications(
    { $or: [{ lot_id: lot.id }, { product_id: lot.product_id }] },
    { order: { created_at: "ASC" } },
  )
  return rows.map(serializeCertification)
}
