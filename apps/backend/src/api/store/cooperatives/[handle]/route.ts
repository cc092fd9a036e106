import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import {
  coversWholeCooperative,
  serializeCertification,
} from "../../../../serializers/cooperative/serialize-certification"
import { householdCounts } from "../../../../queries/cooperative/household-counts"
import { serializePublicCooperative } from "../../../../serializers/cooperative/serialize-public"

type ProductRow = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  status: string
  sales_channels?: { id: string }[] | null
}

/** One approved cooperative's page: profile, region names, certifications, published products, counts. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const service = req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [cooperative] = await service.listCooperatives(
    { handle: req.params.handle, status: "approved" },
    { relations: ["certifications"] },
  )
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${req.params.handle} was not found`)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [
      "products.id",
      "products.handle",
      "products.title",
      "products.thumbnail",
      "products.status",
      "products.sales_channels.id",
    ],
    filters: { id: cooperative.id },
  })
  // Only what this storefront's publishable key may sell, and only published products.
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const rows = ((data[0] as { products?: ProductRow[] } | undefined)?.products ?? []).filter(
    (p) => p.status === "published" && (p.sales_channels ?? []).some((s) => channels.includes(s.id)),
  )
  const english = await req.scope.resolve(Modules.TRANSLATION).listTranslations({
    reference: "product",
    reference_id: rows.map((p) => p.id),
    locale_code: "en-US",
  })
  const products = rows
    .map((p) => ({
      id: p.id,
      handle: p.handle,
      title: p.title,
      title_en:
        (english.find((t) => t.reference_id === p.id)?.translations as { title?: string } | undefined)?.title ?? null,
      thumbnail: p.thumbnail,
    }))
    .sort((a, b) => a.handle.localeCompare(b.handle))
  const counts = await householdCounts(req.scope, [cooperative.id])
  res.json({
    cooperative: {
      ...serializePublicCooperative(cooperative, counts.get(cooperative.id)),
      certifications: cooperative.certifications.filter(coversWholeCooperative).map(serializeCertification),
      products,
    },
  })
}
