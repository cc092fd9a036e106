import { describe, expect, it } from "vitest"
import { CooperativeHouseholdListResponseSchema, CooperativeHouseholdResponseSchema } from "./console-households"
import { CooperativeLotListResponseSchema } from "./console-lots"
import { CooperativeOrderListResponseSchema } from "./console-orders"
import { CooperativeProductListResponseSchema, CooperativeSalesResponseSchema } from "./console-products"
import { CooperativeMeResponseSchema } from "./console-profile"

const page = { count: 1, limit: 100, offset: 0 }

describe("cooperative console", () => {
  it("parses who is signed in", () => {
    const cooperative = {
      id: "coop_01",
      handle: "hongqi",
      name_zh: "红旗村合作社",
      name_en: "Hongqi Co-op",
      credit_code: "93231223MA1BXXXXXX",
      division_code: "231223111204",
      region: { province: "黑龙江省", city: "绥化市", county: "青冈县", township: "昌盛镇", village: "兴东村" },
      story_zh: null,
      story_en: null,
      benefit_mechanisms: ["supply"],
      dividend_bps: null,
      collective_bps: null,
      status: "pending",
      status_reason: null,
      licence_url: "http://localhost:9000/static/licence-1a2b3c4d.pdf",
      approved_at: null,
      certifications: [],
    }
    const staff = { id: "costaff_01", email: "hongqi@example.cn", name: "李主任", role: "owner" }
    expect(CooperativeMeResponseSchema.parse({ cooperative, staff }).cooperative.status).toBe("pending")
    expect(
      CooperativeMeResponseSchema.safeParse({ cooperative: { ...cooperative, status: "closed" }, staff }).success,
    ).toBe(false)
  })

  it("parses products with fen prices and stock, and sales", () => {
    const variant = {
      id: "variant_01",
      title: "2 kg",
      sku: "YD-GRITS-2000",
      weight_g: 2000,
      price_fen: 1234,
      stock: { stocked: 50, reserved: 2, available: 48 },
    }
    const product = {
      id: "prod_01",
      handle: "xingdong-corn-grits",
      status: "published",
      cold_chain: false,
      title_zh: "兴东玉米碴",
      subtitle_zh: null,
      description_zh: null,
      title_en: "Xingdong Corn Grits",
      subtitle_en: null,
      description_en: "Stone-ground corn grits.",
      thumbnail: null,
      archived_at: null,
      images: [],
      category_ids: [],
      benefit_override: null,
      variants: [variant, { ...variant, id: "variant_02", price_fen: null }],
    }
    expect(
      CooperativeProductListResponseSchema.parse({ products: [product], ...page }).products[0]?.variants[1]?.price_fen,
    ).toBeNull()
    const broken = { products: [{ ...product, variants: [{ ...variant, price_fen: 12.34 }] }], ...page }
    expect(CooperativeProductListResponseSchema.safeParse(broken).error?.issues[0]?.path).toEqual([
      "products",
      0,
      "variants",
      0,
      "price_fen",
    ])
    const sales = {
      orders: 1,
      quantity: 2,
      quantity_g: 5000,
      sales_fen: 7980,
      products: [{ product_id: "prod_01", title: "北马羊肚菌", quantity: 2, quantity_g: 5000, sales_fen: 7980 }],
    }
    expect(CooperativeSalesResponseSchema.parse({ sales }).sales.sales_fen).toBe(7980)
  })

  it("parses orders with only the cooperative's lines", () => {
    const item = {
      id: "ordli_01",
      product_id: "prod_01",
      variant_id: "variant_01",
      title: "北马羊肚菌",
      variant_title: "250 g",
      sku: null,
      quantity: 2,
      quantity_g: 500,
      unit_price_fen: 3990,
      total_fen: 7980,
      fulfilled_quantity: 0,
      shipped_quantity: 0,
    }
    const order = {
      id: "order_01",
      display_id: 7,
      status: "pending",
      created_at: "2026-03-02T04:05:06.000Z",
      canceled_at: null,
      currency_code: "cny",
      payment_status: "captured",
      shipping_address: {
        first_name: "张",
        last_name: "三",
        phone: "13800000000",
        province: "黑龙江省",
        city: "哈尔滨市",
        address_1: "中央大街 1 号",
        address_2: null,
        postal_code: "150000",
      },
      items: [item],
      items_total_fen: 7980,
    }
    expect(CooperativeOrderListResponseSchema.parse({ orders: [order], ...page }).orders[0]?.items_total_fen).toBe(7980)
    expect(
      CooperativeOrderListResponseSchema.safeParse({
        orders: [{ ...order, items: [{ ...item, total_fen: "79.80" }] }],
        ...page,
      }).success,
    ).toBe(false)
    expect(CooperativeOrderListResponseSchema.parse({ orders: [order], ...page }).orders[0]?.payment_status).toBe(
      "captured",
    )
    expect(
      CooperativeOrderListResponseSchema.safeParse({ orders: [{ ...order, payment_status: "paid" }], ...page }).success,
    ).toBe(false)
    expect(
      CooperativeOrderListResponseSchema.safeParse({ orders: [{ ...order, payment_status: undefined }], ...page })
        .success,
    ).toBe(false)
  })

  it("parses households and lots, and refuses a status the relief ledger does not know", () => {
    const household = {
      id: "hh_01",
      code: "XD-100",
      size: 3,
      status: "registered_poor",
      village_code: "231223111204",
      share_weight: 1,
      name: "王秀兰",
      has_id_number: true,
      created_at: "2026-03-02T04:05:06.000Z",
    }
    expect(CooperativeHouseholdListResponseSchema.parse({ households: [household], ...page }).households[0]?.name).toBe(
      "王秀兰",
    )
    expect(CooperativeHouseholdResponseSchema.safeParse({ household: { ...household, status: "poor" } }).success).toBe(
      false,
    )
    const contribution = {
      id: "contrib_01",
      household_id: "hh_01",
      household_code: "XD-100",
      quantity_g: 30_000,
      farmgate_fen_per_kg: 240,
    }
    const lot = {
      id: "lot_01",
      trace_code: "7K3M9QXW2B8CDFGH",
      product_id: "prod_01",
      variant_id: "variant_01",
      harvest_date: "2025-10-01",
      quantity_g: 100_000,
      certificate: {
        product: "兴东玉米碴",
        quantity: "100 kg",
        producer: "远达",
        origin: "兴东村",
        date: "2025-10-01",
      },
      contributed_g: 30_000,
      contributions: [contribution],
      created_at: "2026-03-02T04:05:06.000Z",
    }
    expect(CooperativeLotListResponseSchema.parse({ lots: [lot], ...page }).lots[0]?.contributed_g).toBe(30_000)
    expect(
      CooperativeLotListResponseSchema.safeParse({
        lots: [{ ...lot, contributions: [{ ...contribution, quantity_g: null }] }],
        ...page,
      }).success,
    ).toBe(false)
  })
})
