// The cooperative portal reads every order and return line in its own language (#15): an order bought from /en keeps
// English titles on its lines, but the cooperative's ?lang=zh shows the product's zh title and ?lang=en its English
// translation; a line whose product was deleted keeps the title stored on it.
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { topic } from "../runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  CooperativeOrderWithShipmentsListSchema,
  CooperativeOrderWithShipmentsSchema,
  CooperativeReturnListSchema,
  CooperativeReturnResponseSchema,
  StatementDetailSchema,
} from "@fengshou/store-contract"
import { ENGLISH } from "../../src/lib/english"
import { lineTitles } from "../../src/queries/cooperative/line-titles"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"
import { seedDemoData } from "../../src/scripts/seed/index"
import { attempt, type Auth, loginCooperative, placeOrder } from "./cooperative-helpers"

const staticDir = mkdtempSync(path.join(tmpdir(), "fengshou-static-"))
const HANDLE = "changsheng-millet"

export default topic("cooperative-line-language", ({ api, getContainer }) => {
  let A: Auth // 远达: millet
  let orderId: string
  let productId: string
  let zhTitle: string
  let enTitle: string

  async function storedTitles() {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "items.id",
        "items.product_id",
        "items.variant_id",
        "items.title",
        "items.product_title",
        "items.variant_title",
      ],
      filters: { id: orderId },
    })
    return (data[0] as { items: { product_id: string; product_title: string | null }[] }).items
  }

  beforeAll(async () => {
    const container = getContainer()
    const seeded = await seedDemoData(container, { staticDir })
    const store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    const [product] = await container.resolve(Modules.PRODUCT).listProducts({ handle: HANDLE })
    productId = product!.id
    zhTitle = product!.title
    const [en] = await container
      .resolve(Modules.TRANSLATION)
      .listTranslations({ reference: "product", reference_id: productId, locale_code: ENGLISH })
    enTitle = (en!.translations as { title: string }).title
    orderId = (await placeOrder(api, store, seeded.regionId, [HANDLE], { locale: ENGLISH })).id
    A = await loginCooperative(api, "yuanda@demo.fengshou.local")
  })

  it("stores the shopper's English title, yet lists the line in the portal's language", async () => {
    expect(zhTitle).not.toEqual(enTitle)
    const [stored] = await storedTitles()
    expect(stored!.product_title).toEqual(enTitle)

    const title = async (lang?: string) => {
      const { data } = await api.get(`/cooperative/orders${lang ? `?lang=${lang}` : ""}`, A)
      const order = CooperativeOrderWithShipmentsListSchema.parse(data).orders.find((o) => o.id === orderId)!
      return order.items[0]!.title
    }
    expect(await title("zh")).toEqual(zhTitle)
    expect(await title()).toEqual(zhTitle)
    expect(await title("en")).toEqual(enTitle)

    const { data } = await api.get(`/cooperative/orders/${orderId}?lang=zh`, A)
    expect(CooperativeOrderWithShipmentsSchema.parse(data.order).items[0]!.title).toEqual(zhTitle)
    const bad = await attempt(api.get(`/cooperative/orders?lang=fr`, A))
    expect(bad.status).toEqual(400)
    expect(JSON.stringify(bad.data)).toContain("lang")
  })

  it("names return and settlement statement lines in the portal's language too", async () => {
    const container = getContainer()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [line] = (await storedTitles()) as unknown as { id: string }[]
    const { data: coops } = await query.graph({
      entity: "cooperative",
      fields: ["id", "stock_location.id"],
      filters: { handle: "yuanda" },
    })
    const coop = coops[0] as { id: string; stock_location: { id: string } }

    const ship = { items: [{ id: line!.id, quantity: 1 }], carrier: "sf", tracking_number: "SF7700998877" }
    await api.post(`/cooperative/orders/${orderId}/fulfillments`, ship, A)
    const { result: change } = await beginReturnOrderWorkflow(container).run({
      input: { order_id: orderId, location_id: coop.stock_location.id },
    })
    await requestItemReturnWorkflow(container).run({
      input: { return_id: change.return_id!, items: [{ id: line!.id, quantity: 1 }] },
    })
    await confirmReturnRequestWorkflow(container).run({ input: { return_id: change.return_id! } })
    const { data: zhList } = await api.get(`/cooperative/returns?lang=zh`, A)
    expect(CooperativeReturnListSchema.parse(zhList).returns[0]!.items[0]!.title).toEqual(zhTitle)
    const { data: enOne } = await api.get(`/cooperative/returns/${change.return_id}?lang=en`, A)
    expect(CooperativeReturnResponseSchema.parse(enOne).return.items[0]!.title).toEqual(enTitle)

    const settlement = container.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
    const [statement] = await settlement.createSettlementStatements([
      {
        number: "JS-202612-yuanda",
        party: "cooperative",
        party_id: coop.id,
        period: "2026-12",
        status: "open",
        gross_fen: 100,
        refunds_fen: 0,
        fee_fen: 0,
        commission_fen: 0,
        net_fen: 100,
        fee_bps: 0,
      },
    ])
    await settlement.createSettlementLines([
      {
        statement_id: statement!.id,
        line_key: "JS-202612-yuanda:0",
        kind: "sale",
        order_id: orderId,
        order_display_id: 1,
        line_item_id: line!.id,
        title: enTitle,
        occurred_at: new Date("2026-12-01T03:00:00Z"),
        payable_at: new Date("2026-12-11T03:00:00Z"),
        sales_fen: 100,
        fee_fen: 0,
        commission_fen: 0,
        net_fen: 100,
        ledger_entry_ids: [] as unknown as Record<string, unknown>,
      },
    ])
    const detailTitle = async (lang: string) => {
      const { data } = await api.get(`/cooperative/settlements/${statement!.id}?lang=${lang}`, A)
      return StatementDetailSchema.parse(data).lines[0]!.title
    }
    expect(await detailTitle("zh")).toEqual(zhTitle)
    expect(await detailTitle("en")).toEqual(enTitle)
  })

  it("keeps the stored title of a line whose product was deleted", async () => {
    const lines = await storedTitles()
    await getContainer().resolve(Modules.PRODUCT).softDeleteProducts([productId])
    for (const lang of ["zh", "en"] as const) {
      const titleOf = await lineTitles(getContainer(), lines, lang)
      expect(titleOf(lines[0]!).title).toEqual(enTitle)
    }
  })
})
