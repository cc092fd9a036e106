import { describe, expect, it } from "vitest"
import { toOrderView } from "./order"

describe("toOrderView", () => {
  it("keeps the display number and converts totals to fen", () => {
    const order = toOrderView({
      id: "order_1",
      display_id: 1024,
      created_at: "2026-11-22T09:45:00.000Z",
      status: "pending",
      customer_id: "cus_1",
      item_total: 79.8,
      shipping_total: 8,
      total: "87.80",
      items: [
        {
          id: "ordli_1",
          product_title: "昌盛小米",
          variant_title: "2.5 kg",
          quantity: 2,
          unit_price: 39.9,
          total: 79.8,
        },
      ],
      shipping_address: {
        first_name: "张三",
        phone: "13800138000",
        province: "黑龙江省",
        city: "绥化市",
        address_2: "青冈县",
        address_1: "兴东村 8 号",
      },
      shipping_methods: [{ name: "快递" }, { name: null }],
    })
    expect(order).toMatchObject({ displayId: 1024, itemCount: 2, itemsFen: 7980, shippingFen: 800, totalFen: 8780 })
    expect(order.shippingMethods).toEqual(["快递"])
    expect(order.shippingAddress?.region).toBe("黑龙江省 绥化市 青冈县")
  })

  it("copes with an order that has no number or address yet", () => {
    expect(toOrderView({ id: "order_2" })).toMatchObject({
      displayId: null,
      status: "pending",
      shippingAddress: null,
      lines: [],
    })
  })
})
