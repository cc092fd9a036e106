import type { ShopperOrder } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import { carrierName, openNoReasonDay, shanghaiDate, toOrderStatusView } from "./order-status"

const line = {
  id: "ordli_1",
  title: "昌盛小米",
  variant_title: "2.5 kg",
  product_handle: "changsheng-millet",
  thumbnail: null,
  quantity: 2,
  unit_price_fen: 3990,
  total_fen: 7980,
  shipped_quantity: 2,
  delivered_quantity: 0,
  returned_quantity: 1,
  returnable_quantity: 1,
}

const order = (over: Partial<ShopperOrder> = {}): ShopperOrder => ({
  id: "order_1",
  display_id: 1024,
  created_at: "2026-12-01T02:00:00.000Z",
  locale: "zh-CN",
  status: "shipped",
  payment_status: "captured",
  fulfillment_status: "shipped",
  email: "guest@example.com",
  shipping_address: {
    first_name: "张三",
    phone: "13800138000",
    province: "北京市",
    city: "北京市",
    address_2: "朝阳区",
  },
  items: [line, { ...line, id: "ordli_2", title: "黑木耳", returned_quantity: 0, returnable_quantity: 0 }],
  shipments: [
    {
      id: "ful_1",
      carrier: "sf",
      carrier_text: null,
      tracking_number: "SF1234567890",
      shipped_at: "2026-12-02T02:00:00.000Z",
      delivered_at: null,
      items: [{ line_item_id: "ordli_1", quantity: 2 }],
    },
    {
      id: "ful_2",
      carrier: null,
      carrier_text: " 本地物流 ",
      tracking_number: null,
      shipped_at: null,
      delivered_at: null,
      items: [{ line_item_id: "ordli_2", quantity: 2 }],
    },
  ],
  returns: [
    {
      id: "ret_1",
      status: "refunded",
      created_at: "2026-12-03T02:00:00.000Z",
      received_at: "2026-12-04T02:00:00.000Z",
      refunded_fen: 3990,
      items: [{ line_item_id: "ordli_1", quantity: 1, received_quantity: 1, reason: "quality", note: null }],
    },
  ],
  item_total_fen: 15960,
  shipping_total_fen: 800,
  total_fen: 16760,
  refunded_fen: 3990,
  can_cancel: false,
  no_reason_until: "2026-12-09",
  ...over,
})

describe("toOrderStatusView", () => {
  const now = new Date("2026-12-05T02:00:00.000Z")

  it("names each shipment's carrier in the page's language and its lines by title", () => {
    const zh = toOrderStatusView(order(), "zh-CN", now)
    expect(zh.shipments.map((s) => s.carrier)).toEqual(["顺丰速运", "本地物流"])
    expect(zh.shipments[0]?.items).toEqual([{ title: "昌盛小米", quantity: 2 }])
    expect(toOrderStatusView(order(), "en", now).shipments[0]?.carrier).toBe("SF Express")
  })

  it("keeps the returns with their reason and refund in fen", () => {
    const view = toOrderStatusView(order(), "zh-CN", now)
    expect(view.returns[0]).toMatchObject({ status: "refunded", refundedFen: 3990 })
    expect(view.returns[0]?.items).toEqual([{ title: "昌盛小米", quantity: 1, reason: "quality", note: null }])
    expect(view).toMatchObject({ displayId: 1024, totalFen: 16760, refundedFen: 3990 })
    expect(view.shippingAddress?.region).toBe("北京市 朝阳区")
  })

  it("offers only the lines that may still be returned, and none on a canceled order", () => {
    expect(toOrderStatusView(order(), "zh-CN", now).returnableLines.map((l) => l.id)).toEqual(["ordli_1"])
    expect(toOrderStatusView(order({ status: "canceled" }), "zh-CN", now).returnableLines).toEqual([])
  })

  it("offers 七天无理由 through its last day in Shanghai, then not", () => {
    const open = toOrderStatusView(order(), "zh-CN", new Date("2026-12-09T15:59:00.000Z"))
    expect(open.returnReasons).toContain("no_reason")
    expect(open.noReasonUntil).toBe("2026-12-09")
    // 00:00 on the 10th in Shanghai is still the 9th in UTC.
    const closed = toOrderStatusView(order(), "zh-CN", new Date("2026-12-09T16:00:00.000Z"))
    expect(closed.returnReasons).toEqual(["quality", "missing_items", "wrong_item", "damaged"])
    expect(closed.noReasonUntil).toBeNull()
    expect(toOrderStatusView(order({ no_reason_until: null }), "zh-CN", now).returnReasons).not.toContain("no_reason")
  })
})

describe("carrierName", () => {
  it("falls back to what the cooperative typed, and to nothing", () => {
    expect(carrierName("jd", "whatever", "zh-CN")).toBe("京东物流")
    expect(carrierName(null, "  ", "en")).toBeNull()
    expect(carrierName("unknown", "德邦", "en")).toBe("德邦")
  })
})

describe("dates", () => {
  it("reads today in Shanghai and a timestamp as its day", () => {
    expect(shanghaiDate(new Date("2026-12-31T16:30:00.000Z"))).toBe("2027-01-01")
    expect(openNoReasonDay("2026-12-09T00:00:00+08:00", "2026-12-09")).toBe("2026-12-09")
    expect(openNoReasonDay("soon", "2026-12-09")).toBeNull()
  })
})
