import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allocateLine } from "./allocate-line"
import type { Contribution, LineAllocation, LineAllocationInput } from "./line-allocation"
import { contributionsArb, mechanismArb, shuffled } from "./test-arbitraries"

const household = (key: string, grams: number, share_weight = 1): Contribution => ({
  household_key: key,
  status: "registered_poor",
  persons: 3,
  grams,
  share_weight,
})
const xingdong = [household("XD-002", 1000), household("XD-001", 1000), household("XD-003", 1000)]
const millet = (over: Partial<LineAllocationInput> = {}): LineAllocationInput => ({
  net_fen: 3990,
  quantity_g: 2500,
  mechanism: { supply: { farmgate_fen_per_kg: 800 } },
  contributions: xingdong,
  ...over,
})
const total = (a: LineAllocation) =>
  a.cooperative_fen + a.collective_fen + a.entries.reduce((s, e) => s + e.amount_fen, 0)

describe("allocateLine", () => {
  it("credits the farmgate value of 2.5 kg at ¥8/kg, split three ways with the tie-break by key", () => {
    expect(allocateLine(millet())).toEqual({
      entries: [
        { household_key: "XD-001", kind: "supply", amount_fen: 667 },
        { household_key: "XD-002", kind: "supply", amount_fen: 667 },
        { household_key: "XD-003", kind: "supply", amount_fen: 666 },
      ],
      collective_fen: 0,
      cooperative_fen: 1990,
    })
  })

  it("pays a dividend on net_fen after supply when both apply", () => {
    const result = allocateLine(
      millet({ mechanism: { supply: { farmgate_fen_per_kg: 800 }, dividend: { basis_points: 1000 } } }),
    )
    // pool = 10% of 3990 = 399, 133 each
    expect(result.entries.filter((e) => e.kind === "dividend").map((e) => e.amount_fen)).toEqual([133, 133, 133])
    expect(result.entries.map((e) => e.kind)).toEqual([
      "supply",
      "dividend",
      "supply",
      "dividend",
      "supply",
      "dividend",
    ])
    expect(result.cooperative_fen).toBe(3990 - 2000 - 399)
  })

  it("rounds the supply value and the dividend pool half up", () => {
    // 801 × 2500 / 1000 = 2002.5 -> 2003; 3995 × 1000 / 10000 = 399.5 -> 400
    const supply = allocateLine(
      millet({ mechanism: { supply: { farmgate_fen_per_kg: 801 } }, contributions: [household("A", 1)] }),
    )
    expect(supply.entries).toEqual([{ household_key: "A", kind: "supply", amount_fen: 2003 }])
    const dividend = allocateLine(millet({ net_fen: 3995, mechanism: { dividend: { basis_points: 1000 } } }))
    expect(dividend.entries.reduce((s, e) => s + e.amount_fen, 0)).toBe(400)
  })

  it("caps supply at net_fen and the dividend at what supply left", () => {
    const capped = allocateLine(
      millet({ mechanism: { supply: { farmgate_fen_per_kg: 10_000 }, dividend: { basis_points: 5000 } } }),
    )
    expect(capped.cooperative_fen).toBe(0)
    expect(capped.entries.every((e) => e.kind === "supply")).toBe(true)
    // supply 1400 × 2.5 = 3500, pool 1995 capped to 490
    const partly = allocateLine(
      millet({
        mechanism: { supply: { farmgate_fen_per_kg: 1400 }, dividend: { basis_points: 5000 } },
        contributions: [household("A", 5)],
      }),
    )
    expect(partly).toEqual({
      entries: [
        { household_key: "A", kind: "supply", amount_fen: 3500 },
        { household_key: "A", kind: "dividend", amount_fen: 490 },
      ],
      collective_fen: 0,
      cooperative_fen: 0,
    })
  })

  it("gives the village collective its share after supply and dividend, rounded half up and capped", () => {
    // 2 × ¥88.00 = 17,600 fen: supply 500 g at ¥80/kg = 4,000; dividend 5% = 880; collective 10% = 1,760
    const morels = allocateLine({
      net_fen: 17_600,
      quantity_g: 500,
      mechanism: {
        supply: { farmgate_fen_per_kg: 8000 },
        dividend: { basis_points: 500 },
        collective: { basis_points: 1000 },
      },
      contributions: [household("BM-001", 500)],
    })
    expect(morels).toEqual({
      entries: [
        { household_key: "BM-001", kind: "supply", amount_fen: 4000 },
        { household_key: "BM-001", kind: "dividend", amount_fen: 880 },
      ],
      collective_fen: 1760,
      cooperative_fen: 17_600 - 4000 - 880 - 1760,
    })
    // 3995 × 10% = 399.5 -> 400
    expect(
      allocateLine(millet({ net_fen: 3995, mechanism: { collective: { basis_points: 1000 } } })).collective_fen,
    ).toBe(400)
    // supply 3500 of 3990 leaves 490 for a 50% share of 1995
    const capped = allocateLine(
      millet({
        mechanism: { supply: { farmgate_fen_per_kg: 1400 }, collective: { basis_points: 5000 } },
        contributions: [household("A", 5)],
      }),
    )
    expect(capped).toMatchObject({ collective_fen: 490, cooperative_fen: 0 })
    // a collective share needs no household
    expect(allocateLine(millet({ mechanism: { collective: { basis_points: 2500 } }, contributions: [] }))).toEqual({
      entries: [],
      collective_fen: 998,
      cooperative_fen: 2992,
    })
  })

  it("leaves out zero parts and keeps everything with the cooperative without a mechanism", () => {
    const result = allocateLine(millet({ contributions: [household("A", 0), household("B", 10)] }))
    expect(result.entries).toEqual([{ household_key: "B", kind: "supply", amount_fen: 2000 }])
    expect(allocateLine(millet({ mechanism: {}, contributions: [] }))).toEqual({
      entries: [],
      collective_fen: 0,
      cooperative_fen: 3990,
    })
  })

  it.each([
    [{ contributions: [] }, "no_contributions", "record at least one contribution with grams > 0"],
    [{ net_fen: -1 }, "invalid_money", "net_fen must be a non-negative whole number of fen, got -1"],
    [{ quantity_g: 12.5 }, "invalid_grams", "quantity_g must be a non-negative whole number of grams, got 12.5"],
    [
      { mechanism: { dividend: { basis_points: 10_001 } } },
      "invalid_line",
      "dividend.basis_points must be a whole number from 0 to 10000",
    ],
    [
      { mechanism: { collective: { basis_points: -1 } } },
      "invalid_line",
      "collective.basis_points must be a whole number from 0 to 10000",
    ],
    [{ contributions: [household("A", 1), household("A", 2)] }, "invalid_line", 'household "A" appears more than once'],
    [{ contributions: [{ ...household("A", 1), persons: 0 }] }, "invalid_line", "contributions[0].persons"],
    [{ contributions: [{ ...household("A", 1), status: "poor" as never }] }, "invalid_line", "contributions[0].status"],
  ] as const)("rejects %j", (over, code, message) => {
    expect(() => allocateLine(millet(over))).toThrowError(expect.objectContaining({ code }))
    expect(() => allocateLine(millet(over))).toThrowError(message)
  })

  const inputArb = fc.record({
    net_fen: fc.nat({ max: 10_000_000 }),
    quantity_g: fc.nat({ max: 100_000 }),
    mechanism: mechanismArb,
    contributions: contributionsArb,
  })

  it("always splits exactly the line's net, with positive household parts, non-negative collective and cooperative", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = allocateLine(input)
        expect(total(result)).toBe(input.net_fen)
        expect(result.cooperative_fen).toBeGreaterThanOrEqual(0)
        expect(result.collective_fen).toBeGreaterThanOrEqual(0)
        expect(result.entries.every((e) => e.amount_fen > 0)).toBe(true)
        const supply = result.entries.filter((e) => e.kind === "supply").reduce((s, e) => s + e.amount_fen, 0)
        const farmgate = input.mechanism.supply?.farmgate_fen_per_kg ?? 0
        expect(supply).toBe(Math.min(Math.floor((farmgate * input.quantity_g + 500) / 1000), input.net_fen))
        const dividend = result.entries.filter((e) => e.kind === "dividend").reduce((s, e) => s + e.amount_fen, 0)
        const share = Math.floor((input.net_fen * (input.mechanism.collective?.basis_points ?? 0) + 5000) / 10_000)
        expect(result.collective_fen).toBe(Math.min(share, input.net_fen - supply - dividend))
      }),
    )
  })

  it("does not depend on the order of the contributions", () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) => fc.tuple(fc.constant(input), shuffled(input.contributions))),
        ([input, reordered]) => {
          expect(allocateLine({ ...input, contributions: reordered })).toEqual(allocateLine(input))
        },
      ),
    )
  })
})
