import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StatementDetail } from "@fengshou/store-contract"
import { lineTitles, type PortalLang } from "../../../queries/cooperative/line-titles"
import { readStatementDetail } from "../../../queries/settlement/read-statement"
import { cooperativeActor } from "../cooperative-actor"

type ItemRow = {
  id: string
  product_id: string | null
  variant_id: string | null
  title: string
  product_title: string | null
}

/**
 * The statement's lines titled in the portal's language (#15), from each order line's product, not the title the
 * shopper saw; a line without an order line (or whose order line is gone) keeps its statement title.
 */
async function inPortalLanguage(
  container: MedusaContainer,
  detail: StatementDetail,
  lang: PortalLang,
): Promise<StatementDetail> {
  const orderIds = [...new Set(detail.lines.flatMap((l) => (l.line_item_id && l.order_id ? [l.order_id] : [])))]
  if (!orderIds.length) return detail
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.product_id", "items.variant_id", "items.title", "items.product_title"],
    filters: { id: orderIds },
  })
  const items = new Map(
    (data as unknown as { items?: ItemRow[] | null }[]).flatMap((o) => (o.items ?? []).map((i) => [i.id, i] as const)),
  )
  const titleOf = await lineTitles(container, [...items.values()], lang)
  return {
    ...detail,
    lines: detail.lines.map((l) => {
      const item = l.line_item_id ? items.get(l.line_item_id) : undefined
      return item ? { ...l, title: titleOf(item).title } : l
    }),
  }
}

/** The statement named in the path, if it is this cooperative's; anyone else's (or none) is the same 404. */
export async function readOwnStatement(
  req: AuthenticatedMedusaRequest,
  lang: PortalLang = "zh",
): Promise<StatementDetail> {
  const { cooperativeId } = cooperativeActor(req)
  const detail = await readStatementDetail(req.scope, req.params.id!)
  if (!detail || detail.statement.party !== "cooperative" || detail.statement.party_id !== cooperativeId)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Statement ${req.params.id} was not found in your cooperative`)
  return inPortalLanguage(req.scope, detail, lang)
}
