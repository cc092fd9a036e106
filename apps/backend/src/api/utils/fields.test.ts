import { creditCode, divisionCode, fen, grams } from "./fields"

const messageOf = async (
  schema: { safeParseAsync: (v: unknown) => Promise<{ success: boolean; error?: { issues: { message: string }[] } }> },
  value: unknown,
) => (await schema.safeParseAsync(value)).error?.issues[0]?.message

describe("validator fields", () => {
  it("accepts whole positive grams and explains anything else", async () => {
    expect((await grams("quantity_g").safeParseAsync(2500)).success).toBe(true)
    for (const bad of [0, -5, 2.5, 3_000_000_000]) {
      expect(await messageOf(grams("quantity_g"), bad)).toMatch(/quantity_g must be a positive whole number of grams/)
    }
  })

  it("accepts whole fen including zero, never fractions", async () => {
    expect((await fen("price_fen").safeParseAsync(0)).success).toBe(true)
    expect(await messageOf(fen("price_fen"), 39.9)).toMatch(/whole number of fen .* 3990 for ¥39.90/)
  })

  it("bounds fen at ¥1,000,000 and grams within a 32-bit column (issue #16)", async () => {
    expect((await fen("price_fen").safeParseAsync(100_000_000)).success).toBe(true)
    for (const bad of [100_000_001, 2 ** 31, 1e12, 9007199254740991, Number.NaN]) {
      expect(await messageOf(fen("price_fen"), bad)).toMatch(/price_fen must be a (non-negative whole )?number of fen/)
    }
    expect((await grams("quantity_g").safeParseAsync(2 ** 31)).success).toBe(false)
    expect(await messageOf(grams("weight_g", 1_000_000), 1_000_001)).toMatch(/at most 1000000/)
  })

  it("normalises a credit code and names the expected check character", async () => {
    expect((await creditCode.safeParseAsync(" 93231223ma1b2c3d4y ")).data).toBe("93231223MA1B2C3D4Y")
    expect(await messageOf(creditCode, "93231223MA1B2C3D4X")).toMatch(/its last character should be Y/)
    expect(await messageOf(creditCode, "1234")).toMatch(/18-character unified social credit code/)
  })

  it("checks a division code against the national data", async () => {
    expect((await divisionCode("village_code").safeParseAsync("371003106229")).success).toBe(true)
    expect(await messageOf(divisionCode("village_code"), "371003106999")).toMatch(
      /371003106999 is not in the national division data/,
    )
    expect(await messageOf(divisionCode("village_code"), "3710")).toMatch(/must be 12 digits/)
  })
})
