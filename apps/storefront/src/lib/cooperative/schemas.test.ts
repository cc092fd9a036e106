import { describe, expect, it } from "vitest"
import { mapBackendError } from "./backend-errors"
import {
  contributionSchema,
  householdEditSchema,
  householdSchema,
  lotSchema,
  cooperativeFieldErrors,
  variantSchema,
} from "./schemas"

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : cooperativeFieldErrors(result.error!.issues)

describe("lotSchema", () => {
  it("turns 300 斤 into 150000 g and keeps the certificate fields", () => {
    const lot = lotSchema.parse({
      variantId: "variant_1",
      harvestDate: "2025-09-20",
      quantity: "300",
      unit: "jin",
      certProducer: "远达合作社",
      certOrigin: "",
    })
    expect(lot).toEqual({
      variant_id: "variant_1",
      harvest_date: "2025-09-20",
      quantity_g: 150_000,
      certificate: {
        product: undefined,
        producer: "远达合作社",
        origin: undefined,
        date: "2025-09-20",
        quantity: "300 斤",
      },
    })
  })

  it("refuses half grams, zero and bad dates field by field", () => {
    expect(
      errorsOf(lotSchema.safeParse({ variantId: "v", harvestDate: "2025-09-20", quantity: "0.001", unit: "jin" })),
    ).toEqual({ quantity: "grams" })
    expect(
      errorsOf(lotSchema.safeParse({ variantId: "", harvestDate: "20.9.2025", quantity: "0", unit: "kg" })),
    ).toEqual({
      variantId: "required",
      harvestDate: "date",
      quantity: "grams",
    })
  })
})

describe("contributionSchema", () => {
  it("converts ¥/斤 to integer fen per kg and kg to grams", () => {
    const { contribution } = contributionSchema.parse({
      lotId: "lot_1",
      householdId: "hh_1",
      quantity: "12.5",
      unit: "kg",
      price: "3.99",
      priceUnit: "jin",
    })
    expect(contribution).toEqual({ household_id: "hh_1", quantity_g: 12_500, farmgate_fen_per_kg: 798 })
  })

  it("refuses a price with fractions of a fen and a missing household", () => {
    const result = contributionSchema.safeParse({
      lotId: "lot_1",
      householdId: "",
      quantity: "1",
      unit: "kg",
      price: "3.999",
      priceUnit: "kg",
    })
    expect(errorsOf(result)).toEqual({ householdId: "required", price: "money" })
  })
})

describe("householdSchema and variantSchema", () => {
  it("upper-cases the code and refuses a name as code", () => {
    expect(
      householdSchema.parse({
        code: "xd-009",
        size: "3",
        status: "registered_poor",
        villageCode: "231223111204",
        name: "",
      }),
    ).toEqual({
      code: "XD-009",
      size: 3,
      status: "registered_poor",
      village_code: "231223111204",
      name: null,
      id_number: null,
    })
    expect(
      errorsOf(householdSchema.safeParse({ code: "王五", size: "0", status: "member", villageCode: "2312" })),
    ).toEqual({
      code: "householdCode",
      size: "size",
      villageCode: "villageCode",
    })
  })

  it("saves a price typed in yuan as fen", () => {
    expect(variantSchema.parse({ productId: "p", variantId: "v", price: "39.9", stock: "120" })).toEqual({
      productId: "p",
      variant: { id: "v", price_fen: 3990, stock: 120 },
    })
    expect(errorsOf(variantSchema.safeParse({ productId: "p", variantId: "v", price: "-1", stock: "1.5" }))).toEqual({
      price: "money",
      stock: "stock",
    })
  })

  it("saves the live floor in fen and the largest live cap, and clears either when emptied", () => {
    const base = { productId: "p", variantId: "v", price: "89", stock: "10" }
    expect(variantSchema.parse({ ...base, liveFloor: "70", liveCapMax: "50" }).variant).toEqual({
      id: "v",
      price_fen: 8900,
      stock: 10,
      live_floor_fen: 7000,
      live_cap_max: 50,
    })
    expect(variantSchema.parse({ ...base, liveFloor: "", liveCapMax: "" }).variant).toMatchObject({
      live_floor_fen: null,
      live_cap_max: null,
    })
    expect(errorsOf(variantSchema.safeParse({ ...base, liveFloor: "七十", liveCapMax: "0" }))).toEqual({
      liveFloor: "money",
      liveCapMax: "stock",
    })
  })
})

describe("mapBackendError", () => {
  it("names the field for the backend's known contribution errors, and 403 as not approved", () => {
    expect(
      mapBackendError(400, "contributions add up to 9000 g but the lot holds only 5000 g; lower the grams"),
    ).toEqual({ field: ["quantity", "exceedsLot"] })
    expect(mapBackendError(400, "household XD-001 already has a contribution to this lot")).toEqual({
      field: ["householdId", "householdRepeated"],
    })
    expect(mapBackendError(403, "Your cooperative is waiting for approval")).toEqual({ form: "notApproved" })
    expect(mapBackendError(400, "something new")).toEqual({ form: "rejected" })
  })
})

describe("householdEditSchema", () => {
  it("sends persons and status, and a name or ID number only when typed (upper-cased X)", () => {
    expect(
      householdEditSchema.parse({
        householdId: "hh_1",
        size: "4",
        status: "monitored",
        name: "",
        idNumber: " 11010519491231002x ",
      }),
    ).toEqual({
      householdId: "hh_1",
      edit: { size: 4, status: "monitored", name: null, id_number: "11010519491231002X" },
    })
  })

  it("names the ID number field when it is not 18 characters", () => {
    expect(
      errorsOf(householdEditSchema.safeParse({ householdId: "hh_1", size: "4", status: "member", idNumber: "12345" })),
    ).toEqual({ idNumber: "idNumber" })
  })
})

describe("mapBackendError for lots and households", () => {
  it("puts the shelf-life and ID-number refusals next to their fields", () => {
    const old =
      "a lot of 鲜菌 (fresh mushrooms) must be harvested within 30 days: harvest_date 2026-10-27 is 40 days ago"
    expect(mapBackendError(400, old)).toEqual({ field: ["harvestDate", "harvestWindow"] })
    expect(mapBackendError(400, "harvest_date 2999-01-01 is in the future: today in China is 2026-12-06")).toEqual({
      field: ["harvestDate", "harvestWindow"],
    })
    expect(mapBackendError(400, "a household with this ID number is already on your roster (as XD-100)")).toEqual({
      field: ["idNumber", "idNumberTaken"],
    })
  })
})
