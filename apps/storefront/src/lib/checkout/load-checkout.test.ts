import { beforeEach, describe, expect, it, vi } from "vitest"
import { loadCheckout } from "./load-checkout"

const state = vi.hoisted(() => ({ cart: null as Record<string, unknown> | null, listings: 0 }))
vi.mock("@/lib/data/current-cart", () => ({ getCurrentCart: async () => state.cart }))
vi.mock("@/lib/data/current-customer", () => ({ getCurrentCustomer: async () => null }))
vi.mock("@/lib/data/payment", () => ({ listPaymentProviders: async () => [{ id: "pp_system_default" }] }))
vi.mock("@/lib/data/shipping", () => ({
  shippingOffered: async () => {
    state.listings++
    return [{ id: "so_cold", name: "冷链", shipping_profile_id: "sp_cold", amount: 25 }]
  },
}))

const ADDRESS = {
  first_name: "李四",
  phone: "13900002222",
  province: "黑龙江省",
  city: "绥化市",
  address_2: "青冈县",
  address_1: "昌盛镇兴东村 8 号",
  country_code: "cn",
}
const cart = (extra: Record<string, unknown>) => ({
  id: "cart_1",
  region_id: "reg_cn",
  items: [{ id: "l1", variant_id: "v1", product_title: "鲜羊肚菌", quantity: 1, unit_price: 59, total: 59 }],
  ...extra,
})

describe("loadCheckout", () => {
  beforeEach(() => {
    state.listings = 0
  })

  it("lists no delivery before the address is saved (delivery opens after it, and depends on it)", async () => {
    state.cart = cart({ shipping_address: null })
    expect(await loadCheckout()).toMatchObject({
      address: { saved: null },
      shipping: { groups: [], done: false },
    })
    expect(state.listings).toBe(0)
  })

  it("lists the delivery for the saved address, done once each kind of goods has its method", async () => {
    state.cart = cart({ shipping_address: ADDRESS, shipping_methods: [{ shipping_option_id: "so_cold" }] })
    expect(await loadCheckout()).toMatchObject({
      // The summary's, and the cart store's when it has not seen this cart (the one step's, made by a redirecting action)
      cart: { id: "cart_1", lines: [{ id: "l1", quantity: 1 }] },
      address: { saved: { name: "李四" } },
      shipping: { groups: [{ profileId: "sp_cold" }], initial: { sp_cold: "so_cold" }, done: true },
    })
    expect(state.listings).toBe(1)
  })

  it("has nothing to check out without a cart with items", async () => {
    state.cart = cart({ items: [] })
    expect(await loadCheckout()).toBeNull()
  })
})
