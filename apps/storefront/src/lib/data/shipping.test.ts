import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { StoreCart } from "./cart"
import { shippingOffered } from "./shipping"

vi.mock("next/server", () => ({ connection: async () => {} }))

const ADDRESS = {
  country_code: "cn",
  province: "北京市",
  city: "北京市",
  postal_code: "100022",
  address_1: "建国路88号",
}
let listings: string[]
let answer: () => Response

// Each test its own cart id, so what one test's listings left kept does not answer another's.
let cartNo = 0
const newCart = (): StoreCart => ({
  id: `cart_${++cartNo}`,
  region_id: "reg_cn",
  locale: "zh-CN",
  item_total: 178,
  items: [{ id: "l1", variant_id: "v1", product_title: "鲜羊肚菌", quantity: 2, unit_price: 89, total: 178 }],
  shipping_address: ADDRESS,
})

describe("shipping options: one listing used again for a minute while the cart is the same", () => {
  beforeEach(() => {
    listings = []
    answer = () =>
      Response.json({ shipping_options: [{ id: "so_cold", name: "冷链", shipping_profile_id: "sp_cold" }] })
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: string | URL) => {
        const url = new URL(input)
        listings.push(`${url.pathname}?${url.searchParams.get("cart_id")}`)
        return answer()
      }),
    )
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("answers the same goods, address and language with what was listed (a delivery choice added or not)", async () => {
    const cart = newCart()
    const first = await shippingOffered(cart)
    expect(await shippingOffered({ ...cart, shipping_methods: [{ shipping_option_id: "so_cold" }] })).toEqual(first)
    expect(listings).toEqual([`/store/shipping-options?${cart.id}`])
  })

  it("lists again for other goods, another address, another language or other prices", async () => {
    const cart = newCart()
    await shippingOffered(cart)
    await shippingOffered({ ...cart, items: [{ ...cart.items![0]!, quantity: 3 }] })
    await shippingOffered({ ...cart, shipping_address: { ...ADDRESS, city: "绥化市", province: "黑龙江省" } })
    await shippingOffered({ ...cart, locale: "en" })
    await shippingOffered({ ...cart, item_total: 160 })
    expect(listings).toHaveLength(5)
  })

  it("lists again after a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    const cart = newCart()
    await shippingOffered(cart)
    vi.advanceTimersByTime(59_000)
    await shippingOffered(cart)
    expect(listings).toHaveLength(1)
    vi.advanceTimersByTime(2_000)
    await shippingOffered(cart)
    expect(listings).toHaveLength(2)
  })

  it("keeps no failed listing", async () => {
    const cart = newCart()
    answer = () => Response.json({ message: "Cart not found" }, { status: 404 })
    await expect(shippingOffered(cart)).rejects.toThrow()
    answer = () => Response.json({ shipping_options: [] })
    expect(await shippingOffered(cart)).toEqual([])
    expect(listings).toHaveLength(2)
  })
})
