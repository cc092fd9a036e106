import { describe, expect, it } from "vitest"
import { toMechanism, weightedFarmgate, type LotContribution } from "../../../lib/relief/lot-benefit"
import { priceShare } from "./price-share"

const household = (
  key: string,
  status: LotContribution["status"],
  grams: number,
  extra: Partial<LotContribution> = {},
): LotContribution => ({
  household_key: key,
  status,
  persons: 3,
  share_weight: 1,
  grams,
  farmgate_fen_per_kg: 640,
  ...extra,
})

describe("weightedFarmgate", () => {
  it("weights each household's price by its grams and rounds half up to the fen", () => {
    expect(
      weightedFarmgate([
        household("a", "member", 1000, { farmgate_fen_per_kg: 600 }),
        household("b", "member", 3000, { farmgate_fen_per_kg: 700 }),
      ]),
    ).toBe(675)
    // (1×601 + 1×600) / 2 = 600.5 → 601
    expect(
      weightedFarmgate([
        household("a", "member", 1, { farmgate_fen_per_kg: 601 }),
        household("b", "member", 1, { farmgate_fen_per_kg: 600 }),
      ]),
    ).toBe(601)
    expect(weightedFarmgate([])).toBeNull()
  })
})

describe("toMechanism", () => {
  it("keeps only the mechanisms that have their number", () => {
    expect(toMechanism({ benefit_mechanisms: ["supply", "dividend"], dividend_bps: 500 }, 640)).toEqual({
      supply: { farmgate_fen_per_kg: 640 },
      dividend: { basis_points: 500 },
    })
    expect(toMechanism({ benefit_mechanisms: ["supply", "dividend"], dividend_bps: null }, null)).toEqual({})
    expect(toMechanism({ benefit_mechanisms: ["dividend"], dividend_bps: 800 }, 640)).toEqual({
      dividend: { basis_points: 800 },
    })
  })
})

describe("priceShare", () => {
  const lot = [
    household("a", "registered_poor", 100_000, { persons: 4 }),
    household("b", "monitored", 60_000, { persons: 2 }),
    household("c", "member", 40_000, { share_weight: 2 }),
  ]

  it("supply then dividend, as the ledger writes a line sold at the shelf price (¥39.90, 2.5 kg, ¥6.40/kg + 5 %)", () => {
    const share = priceShare({
      price_fen: 3990,
      weight_g: 2500,
      config: { benefit_mechanisms: ["supply", "dividend"], dividend_bps: 500 },
      contributions: lot,
    })
    // supply 640 × 2.5 = 1600; dividend 3990 × 5 % = 199.5 → 200
    expect(share).toMatchObject({
      price_fen: 3990,
      supply_fen: 1600,
      dividend_fen: 200,
      household_fen: 1800,
      households: 3,
      relief_households: 2,
      relief_persons: 6,
    })
    // supply 1600 split 100:60:40 = 800/480/320; dividend 200 split 1:1:2 = 50/50/100 → relief part 800+50+480+50
    expect(share.relief_household_fen).toBe(1380)
  })

  it("never gives households more than the price", () => {
    const share = priceShare({
      price_fen: 1000,
      weight_g: 2500,
      config: { benefit_mechanisms: ["supply", "dividend"], dividend_bps: 500 },
      contributions: lot,
    })
    expect(share.household_fen).toBe(1000)
    expect(share.dividend_fen).toBe(0)
  })

  it("pays nothing without a lot, or when no household weighs anything for the mechanism", () => {
    const config = { benefit_mechanisms: ["dividend"], dividend_bps: 800 }
    expect(priceShare({ price_fen: 4500, weight_g: 1500, config, contributions: [] }).household_fen).toBe(0)
    const weightless = lot.map((c) => ({ ...c, share_weight: 0 }))
    expect(priceShare({ price_fen: 4500, weight_g: 1500, config, contributions: weightless })).toMatchObject({
      household_fen: 0,
      households: 0,
    })
  })

  it("counts ordinary members in the households' part but not in the relief part", () => {
    const share = priceShare({
      price_fen: 2000,
      weight_g: 500,
      config: { benefit_mechanisms: ["supply"], dividend_bps: null },
      contributions: [household("m", "member", 500)],
    })
    expect(share).toMatchObject({
      household_fen: 320,
      households: 1,
      relief_household_fen: 0,
      relief_households: 0,
      relief_persons: 0,
    })
  })
})
