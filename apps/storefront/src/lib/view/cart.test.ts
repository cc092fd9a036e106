import { describe, expect, it } from "vitest"
import { paidUnitFen, toCartView, withQuantity, type WireCart } from "./cart"

const wire: WireCart = {
  id: "cart_1",
  locale: "zh-CN",
  email: null,
  item_total: 168.8,
  shipping_total: 33,
  total: 201.8,
  items: [
    {
      id: "cali_2",
      variant_id: "v_morel",
      product_handle: "fresh-morels",
      product_title: "鲜羊肚菌",
      variant_title: "500 g",
      thumbnail: null,
      quantity: 1,
      unit_price: 89,
      total: 89,
    },
    {
      id: "cali_1",
      variant_id: "v_millet",
      product_handle: "changsheng-millet",
      product_title: "昌盛小米",
      variant_title: "2.5 kg",
      thumbnail: "",
      quantity: 2,
      unit_price: 39.9,
      total: 79.8,
    },
  ],
  shipping_address: null,
  shipping_methods: [{ shipping_option_id: "so_standard" }, { shipping_option_id: null }],
}

describe("toCartView", () => {
  it("turns every amount into integer fen", () => {
    const cart = toCartView(wire)
    expect([cart.itemsFen, cart.shippingFen, cart.totalFen]).toEqual([16880, 3300, 20180])
    expect(cart.lines.map((l) => [l.title, l.quantity, l.unitPriceFen, l.totalFen])).toEqual([
      ["昌盛小米", 2, 3990, 7980],
      ["鲜羊肚菌", 1, 8900, 8900],
    ])
  })

  it("counts items by quantity and keeps lines in the order they were added", () => {
    const cart = toCartView(wire)
    expect(cart.itemCount).toBe(3)
    expect(cart.lines.map((l) => l.id)).toEqual(["cali_1", "cali_2"])
  })

  it("never sums floats: 3 × ¥0.10 + ¥0.20 is exactly 50 fen", () => {
    const cart = toCartView({
      id: "c",
      item_total: "0.5",
      total: 0.5,
      items: [
        { id: "a", quantity: 3, unit_price: 0.1 },
        { id: "b", quantity: 1, unit_price: "0.20", total: "0.2" },
      ],
    })
    expect(cart.lines.map((l) => l.totalFen)).toEqual([30, 20])
    expect(cart.totalFen).toBe(50)
  })

  it("fills in what an empty cart lacks", () => {
    expect(toCartView({ id: "c" })).toMatchObject({
      itemCount: 0,
      lines: [],
      totalFen: 0,
      shippingAddress: null,
      shippingOptionIds: [],
    })
  })

  it("keeps chosen shipping options and the address in display form", () => {
    const cart = toCartView({
      ...wire,
      shipping_address: {
        first_name: "张三",
        phone: "13800138000",
        province: "黑龙江省",
        city: "绥化市",
        address_2: "青冈县",
        address_1: "兴东村 8 号",
      },
    })
    expect(cart.shippingOptionIds).toEqual(["so_standard"])
    expect(cart.shippingAddress).toMatchObject({ name: "张三", region: "黑龙江省 绥化市 青冈县" })
  })
})

describe("a live cart", () => {
  // A live price reaches the cart as a promotion: the unit price stays the shelf price, the line total is discounted.
  const live = toCartView({
    id: "cart_live",
    metadata: { live_session_id: "lses_1", host_id: "host_1", live_link_id: "link_1" },
    items: [{ id: "l1", quantity: 2, unit_price: 89, total: 118 }],
  })

  it("knows its session and shows the shelf price beside the live one", () => {
    expect(live.liveSessionId).toBe("lses_1")
    expect(live.lines[0]).toMatchObject({ unitPriceFen: 8900, totalFen: 11800, listTotalFen: 17800 })
  })

  it("prices one unit at what the shopper pays: the live price, or the shelf price when it does not divide", () => {
    expect(paidUnitFen(live.lines[0]!)).toBe(5900)
    // A discount on only some units (a limit smaller than the quantity) leaves the shelf price per unit.
    expect(paidUnitFen({ quantity: 3, totalFen: 25700, unitPriceFen: 8900 })).toBe(8900)
    expect(paidUnitFen({ quantity: 0, totalFen: 0, unitPriceFen: 8900 })).toBe(8900)
  })

  it("keeps the live price per unit when the quantity changes", () => {
    expect(withQuantity(live, "l1", 3).lines[0]).toMatchObject({ totalFen: 17700, listTotalFen: 26700 })
  })

  it("is no live cart without a session stamp", () => {
    expect(toCartView({ id: "c", metadata: { live_session_id: 42 } }).liveSessionId).toBeNull()
    expect(toCartView(wire).liveSessionId).toBeNull()
  })
})

describe("withQuantity", () => {
  const cart = toCartView(wire)

  it("recomputes line, item and grand totals in fen", () => {
    const next = withQuantity(cart, "cali_1", 5)
    expect(next.lines[0]).toMatchObject({ quantity: 5, totalFen: 19950 })
    expect([next.itemCount, next.itemsFen, next.totalFen]).toEqual([6, 28850, 32150])
  })

  it("removes the line at quantity 0", () => {
    const next = withQuantity(cart, "cali_2", 0)
    expect(next.lines.map((l) => l.id)).toEqual(["cali_1"])
    expect([next.itemCount, next.itemsFen]).toEqual([2, 7980])
  })

  it("leaves the cart alone for an unknown line and does not mutate its input", () => {
    expect(withQuantity(cart, "nope", 3)).toEqual(cart)
    expect(cart.lines[0]?.quantity).toBe(2)
  })
})
