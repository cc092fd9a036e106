import { describe, expect, it } from "vitest"
import { addressSchema, checkoutAddressSchema } from "./address"
import { firstErrors } from "./field-errors"

const valid = {
  name: " 张三 ",
  phone: "+86 138 0013 8000",
  provinceCode: "23",
  cityCode: "2312",
  districtCode: "231223",
  street: "昌盛镇兴东村 8 号",
  postalCode: "",
}

const errorsOf = (input: unknown) => {
  const result = addressSchema.safeParse(input)
  return result.success ? {} : firstErrors(result.error.issues)
}

describe("addressSchema", () => {
  it("accepts a Chinese address and normalizes it", () => {
    expect(addressSchema.parse(valid)).toEqual({
      name: "张三",
      phone: "13800138000",
      provinceCode: "23",
      cityCode: "2312",
      districtCode: "231223",
      street: "昌盛镇兴东村 8 号",
      postalCode: undefined,
    })
  })

  it("keeps a six-digit postal code and rejects other shapes", () => {
    expect(addressSchema.parse({ ...valid, postalCode: " 151600 " }).postalCode).toBe("151600")
    expect(errorsOf({ ...valid, postalCode: "15160" })).toEqual({ postalCode: "postalCodeInvalid" })
    expect(errorsOf({ ...valid, postalCode: "ABC123" })).toEqual({ postalCode: "postalCodeInvalid" })
  })

  it("names every missing field with its own key", () => {
    expect(errorsOf({ name: "", phone: "", provinceCode: "", cityCode: "", districtCode: "", street: "" })).toEqual({
      name: "required",
      phone: "required",
      provinceCode: "provinceRequired",
      cityCode: "cityRequired",
      districtCode: "districtRequired",
      street: "streetTooShort",
    })
  })

  it("reports a wrong mobile number on the phone field only", () => {
    expect(errorsOf({ ...valid, phone: "12345" })).toEqual({ phone: "phoneInvalid" })
  })

  it("refuses a city outside the province and a district outside the city", () => {
    expect(errorsOf({ ...valid, cityCode: "1101", districtCode: "110101" })).toEqual({ cityCode: "divisionMismatch" })
    expect(errorsOf({ ...valid, districtCode: "110101" })).toEqual({ districtCode: "divisionMismatch" })
  })

  it("limits the name and street length", () => {
    expect(errorsOf({ ...valid, name: "名".repeat(26) })).toEqual({ name: "tooLong" })
    expect(errorsOf({ ...valid, street: "路".repeat(121) })).toEqual({ street: "tooLong" })
  })
})

describe("checkoutAddressSchema", () => {
  it("takes an optional e-mail", () => {
    expect(checkoutAddressSchema.parse({ ...valid, email: "" }).email).toBeUndefined()
    expect(checkoutAddressSchema.parse({ ...valid, email: "li@example.cn" }).email).toBe("li@example.cn")
    const result = checkoutAddressSchema.safeParse({ ...valid, email: "not-an-email" })
    expect(result.success ? {} : firstErrors(result.error.issues)).toEqual({ email: "emailInvalid" })
  })
})
