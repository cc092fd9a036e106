// How a Chinese delivery address sits in Medusa's address fields (one mapping for cart, customer and order):
//   first_name   the recipient's whole name (Chinese names are not split into given/family name), last_name ""
//   phone        the normalized 11-digit mobile number
//   country_code "cn";  province = 省 name;  city = 市 name (a municipality's own name for 市辖区/县)
//   address_2    the district / county (区县) name, so Medusa Admin and packing slips show it
//   address_1    street, village and house number as typed;  postal_code optional
//   metadata.division_code  the district's 6-digit GB/T 2260 code, to refill the cascade and for region reports
import type { AddressInput } from "@/lib/schemas/address"
import { cityName, divisionPath, resolveDivisions, type Division } from "@/lib/divisions/cascade"

export type MedusaAddressInput = {
  first_name: string
  last_name: string
  phone: string
  country_code: "cn"
  province: string
  city: string
  address_1: string
  address_2: string
  postal_code?: string
  metadata: { division_code: string }
}

export type WireAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

/** The Medusa address for a validated form, or null when its district code is not a real district. */
export function toMedusaAddress(input: AddressInput, tree: Division[]): MedusaAddressInput | null {
  const found = resolveDivisions(tree, input.districtCode)
  if (!found || found.city.code !== input.cityCode || found.province.code !== input.provinceCode) return null
  return {
    first_name: input.name,
    last_name: "",
    phone: input.phone,
    country_code: "cn",
    province: found.province.name,
    city: cityName(found),
    address_1: input.street,
    address_2: found.district.name,
    ...(input.postalCode ? { postal_code: input.postalCode } : {}),
    metadata: { division_code: found.district.code },
  }
}

export type AddressFormValues = Record<keyof AddressInput, string>

/** A customer's saved address as checkout offers it: a one-line label and the values to fill the form with. */
export type SavedAddressOption = { id: string; label: string; values: AddressFormValues }

/** Form values to edit a saved address; the cascade is empty when the address carries no division code. */
export function toAddressFormValues(address: WireAddress | null | undefined): AddressFormValues {
  const code = address?.metadata?.division_code
  const path = typeof code === "string" ? divisionPath(code) : null
  return {
    name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
    phone: address?.phone ?? "",
    provinceCode: path?.[0] ?? "",
    cityCode: path?.[1] ?? "",
    districtCode: path?.[2] ?? "",
    street: address?.address_1 ?? "",
    postalCode: address?.postal_code ?? "",
  }
}

export type AddressView = { name: string; phone: string; region: string; street: string; postalCode: string | null }

/** Chinese order, largest unit first: "黑龙江省 绥化市 青冈县", then the street line. */
export function toAddressView(address: WireAddress): AddressView {
  // Municipalities repeat themselves (北京市 北京市 朝阳区); say it once.
  const parts = [address.province, address.city, address.address_2].filter((part): part is string => Boolean(part))
  const region = parts.filter((part, index) => parts.indexOf(part) === index).join(" ")
  return {
    name: [address.first_name, address.last_name].filter(Boolean).join(" "),
    phone: address.phone ?? "",
    region,
    street: address.address_1 ?? "",
    postalCode: address.postal_code || null,
  }
}
