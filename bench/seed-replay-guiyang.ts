// The Guiyang year (run by seed-replay.ts through `medusa exec`, inside the backend's container): three villages'
// vegetable cooperatives in 贵阳市 (5201), 562 households of 2,325 persons (the field report's), and 72 orders dated
// across 2025 that sell 870,000 jin (435,000,000 g) for ¥1,305,000 (130,500,000 fen). The orders are created through
// Medusa's createOrderWorkflow (the store API cannot back-date), dated with the order's own created_at, and the
// ledger is written by the ledger's own backfill (the workflow the order events run), never by hand.
// Prints one line `GUIYANG_REPLAY <json>` with what it created, for seed-replay.ts to check against the report.
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { creditCodeCheckChar, type HouseholdStatus } from "@fengshou/relief-core"
import { env } from "../apps/backend/src/env"
import type { DemoProduct } from "../apps/backend/src/scripts/seed/catalog"
import type { DemoCooperative } from "../apps/backend/src/scripts/seed/cooperatives-data"
import { ensureCooperatives } from "../apps/backend/src/scripts/seed/cooperatives"
import { ensureFulfillmentSetup } from "../apps/backend/src/scripts/seed/fulfillment-setup"
import { ensureHouseholds } from "../apps/backend/src/scripts/seed/households"
import { writeProductImages } from "../apps/backend/src/scripts/seed/images"
import { ensureOfficials } from "../apps/backend/src/scripts/seed/officials"
import { ensureProductCooperatives } from "../apps/backend/src/scripts/seed/product-cooperatives"
import { ensureCategories, ensureProducts } from "../apps/backend/src/scripts/seed/products"
import { ensureStoreSetup } from "../apps/backend/src/scripts/seed/store-setup"
import { COOPERATIVE_MODULE } from "../apps/backend/src/modules/cooperative"
import type CooperativeModuleService from "../apps/backend/src/modules/cooperative/service"
import { createLotWorkflow } from "../apps/backend/src/workflows/cooperative/create-lot"
import { backfillLedger } from "../apps/backend/src/workflows/relief-ledger/backfill-ledger"
import { GUIYANG } from "./seed-replay-data"

// Prices are ¥3.00 a kilogram (¥1.50 a jin) for every box, so any mix of boxes that weighs 435,000 kg sells for
// exactly ¥1,305,000; the households are paid 120 fen a kilogram for what they supplied (supply mechanism only).
const COOPS = [
  { handle: "gy-shuangyong", village: "520121101200", zh: "双永村蔬菜合作社", en: "Shuangyong Vegetable Co-op" },
  { handle: "gy-zhanjie", village: "520181101200", zh: "站街村辣椒合作社", en: "Zhanjie Chilli Co-op" },
  { handle: "gy-xinchun", village: "520123001200", zh: "新春村有机蔬菜合作社", en: "Xinchun Organic Vegetable Co-op" },
]
const PRODUCTS = [
  { coop: 0, handle: "gy-shuangyong-greens", zh: "有机青菜", en: "Organic Greens", kg: 10, yearBoxes: 15_000 },
  { coop: 1, handle: "gy-zhanjie-chilli", zh: "站街辣椒", en: "Zhanjie Chilli", kg: 5, yearBoxes: 27_000 },
  {
    coop: 2,
    handle: "gy-xinchun-vegetables",
    zh: "有机蔬菜礼盒",
    en: "Organic Vegetable Box",
    kg: 10,
    yearBoxes: 15_000,
  },
]
const FEN_PER_KG = 300
// The season: fewer boxes in winter, more in summer; the twelve deltas sum to zero.
const SEASON = [-300, -250, -150, 0, 100, 200, 300, 250, 150, 0, -100, -200]

const creditCode = (n: number) => {
  const first17 = `935201${String(n).padStart(3, "0")}MA6BENCH`.slice(0, 17)
  return first17 + creditCodeCheckChar(first17)
}

/** 562 households with 2,325 persons in all, split over the three rosters; 脱贫户 and 监测户 only. */
function rosters(): DemoCooperative["households"][] {
  const sizes = Array.from({ length: GUIYANG.households }, (_, i) => [3, 5, 4, 6, 2, 4, 5][i % 7]!)
  let excess = sizes.reduce((s, n) => s + n, 0) - GUIYANG.persons
  for (let i = sizes.length - 1; excess !== 0; i -= 1) {
    const step = Math.sign(excess)
    if (sizes[i]! - step >= 1) {
      sizes[i] = sizes[i]! - step
      excess -= step
    }
  }
  const lists: DemoCooperative["households"][] = [[], [], []]
  sizes.forEach((size, i) => {
    const status: HouseholdStatus = i % 5 === 4 ? "monitored" : "registered_poor"
    lists[i % 3]!.push({ code: `GY${i % 3}-${String(i + 1).padStart(3, "0")}`, size, status, share_weight: 1 })
  })
  return lists
}

export default async function guiyangYear({ container }: ExecArgs) {
  const households = rosters()
  const demo: DemoCooperative[] = COOPS.map((c, i) => ({
    handle: c.handle,
    name_zh: c.zh,
    name_en: c.en,
    credit_code: creditCode(i + 1),
    village_code: c.village,
    staff: { email: `${c.handle}@bench.fengshou.local`, name: `${c.zh} 管理员` },
    story_zh: "贵阳市消费帮扶：电商渠道销售辣椒和有机蔬菜。",
    story_en: "Guiyang consumption relief: chilli and organic vegetables sold online.",
    benefit_mechanisms: ["supply"],
    dividend_bps: null,
    farmgate_fen_per_kg: GUIYANG.farmgate_fen_per_kg,
    certifications: [],
    households: households[i]!,
  }))
  const products: DemoProduct[] = PRODUCTS.map((p) => {
    const coop = COOPS[p.coop]!
    return {
      handle: p.handle,
      category: "vegetables",
      coldChain: false,
      cooperative: { handle: coop.handle, name: coop.zh, village_code: coop.village },
      zh: { title: p.zh, subtitle: `贵州 · 贵阳市 · ${coop.zh}`, description: `${p.kg} 公斤装，产地直发。` },
      en: { title: p.en, subtitle: `Guiyang · ${coop.en}`, description: `${p.kg} kg box, shipped from the village.` },
      variants: [
        {
          title: `${p.kg} kg`,
          sku: p.handle.toUpperCase(),
          weight_g: p.kg * 1000,
          price: String((p.kg * FEN_PER_KG) / 100),
          stock: 100_000,
        },
      ],
      colors: ["#a8e063", "#56ab2f"],
    }
  })

  const { store, salesChannel, region } = await ensureStoreSetup(container)
  const { location, defaultProfile, coldChainProfile } = await ensureFulfillmentSetup(
    container,
    store.id,
    salesChannel.id,
  )
  const { cooperatives } = await ensureCooperatives(container, demo)
  const categoryIds = await ensureCategories(container, [{ handle: "vegetables", zh: "蔬菜", en: "Vegetables" }])
  await ensureProducts(container, products, categoryIds, {
    salesChannelId: salesChannel.id,
    locationIds: new Map(products.map((p) => [p.handle, cooperatives.get(p.cooperative.handle)!.locationId])),
    defaultProfileId: defaultProfile.id,
    coldChainProfileId: coldChainProfile.id,
    imageUrls: writeProductImages(products, mkdtempSync(path.join(tmpdir(), "guiyang-")), env.MEDUSA_BACKEND_URL),
  })
  await ensureProductCooperatives(container, products, cooperatives, location.id)
  await ensureHouseholds(container, demo, cooperatives)
  await ensureOfficials(container, [
    {
      email: GUIYANG.official,
      name: "贵阳市 帮扶专员（基准）",
      title: "消费帮扶专员",
      organisation: "贵阳市乡村振兴局",
      region_code: GUIYANG.region,
    },
  ])

  // One lot per variant, harvested before the year, supplied by every household of the cooperative.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
    filters: { sku: products.map((p) => p.variants[0]!.sku) },
  })
  const variantOf = (p: DemoProduct) => variants.find((v) => v.sku === p.variants[0]!.sku)!.id
  for (const p of products) {
    const cooperativeId = cooperatives.get(p.cooperative.handle)!.id
    const roster = await service.listHouseholds({ cooperative_id: cooperativeId }, { select: ["id"], take: null })
    const contributions = roster.map((h, i) => ({
      household_id: h.id,
      quantity_g: p.variants[0]!.weight_g * (20 + (i % 9)),
      farmgate_fen_per_kg: GUIYANG.farmgate_fen_per_kg,
    }))
    await createLotWorkflow(container).run({
      input: {
        cooperative_id: cooperativeId,
        variant_id: variantOf(p),
        harvest_date: `${GUIYANG.year - 1}-12-20`,
        quantity_g: contributions.reduce((s, c) => s + c.quantity_g, 0),
        contributions,
      },
    })
  }

  // Two orders per product a month (the 5th and the 20th, 10:00 China time), the month's boxes split between them.
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const orderIds: string[] = []
  let grams = 0
  let fen = 0
  for (const [index, p] of PRODUCTS.entries()) {
    const product = products[index]!
    for (let month = 1; month <= 12; month += 1) {
      const boxes = p.yearBoxes / 12 + SEASON[month - 1]!
      for (const [day, quantity] of [
        [5, Math.floor(boxes / 2)],
        [20, boxes - Math.floor(boxes / 2)],
      ] as const) {
        const { result: order } = await createOrderWorkflow(container).run({
          input: {
            region_id: region.id,
            sales_channel_id: salesChannel.id,
            currency_code: "cny",
            email: `canteen-${month}-${day}@example.cn`,
            items: [
              {
                title: product.zh.title,
                variant_id: variantOf(product),
                quantity,
                unit_price: (p.kg * FEN_PER_KG) / 100,
                is_tax_inclusive: true,
              },
            ],
          },
        })
        const placed = new Date(
          `${GUIYANG.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T10:00:00+08:00`,
        )
        await knex("order").where({ id: order.id }).update({ created_at: placed })
        orderIds.push(order.id)
        grams += quantity * p.kg * 1000
        fen += quantity * p.kg * FEN_PER_KG
      }
    }
  }
  const backfill = await backfillLedger(container, { order_ids: orderIds })
  console.log(`GUIYANG_REPLAY ${JSON.stringify({ order_ids: orderIds, grams, fen, ...backfill })}`)
}
