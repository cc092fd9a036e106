import { collectiveMechanism, effectiveConfig, toMechanism } from "./lot-benefit"

const beima = { benefit_mechanisms: ["supply"], dividend_bps: null, collective_bps: 1000 }

describe("the village collective's share", () => {
  it("goes with supply and dividend, and alone on a line with no lot", () => {
    expect(toMechanism(beima, 9000)).toEqual({
      supply: { farmgate_fen_per_kg: 9000 },
      collective: { basis_points: 1000 },
    })
    expect(collectiveMechanism(beima)).toEqual({ collective: { basis_points: 1000 } })
    expect(collectiveMechanism({ ...beima, collective_bps: null })).toEqual({})
    expect(toMechanism({ ...beima, collective_bps: 0 }, 9000)).toEqual({ supply: { farmgate_fen_per_kg: 9000 } })
  })

  it("is the cooperative's under a product override that names none, the override's when it does", () => {
    const override = { benefit_mechanisms: ["dividend"], dividend_bps: 800, collective_bps: null }
    expect(effectiveConfig(beima, override)).toEqual({ ...override, collective_bps: 1000 })
    expect(effectiveConfig(beima, { ...override, collective_bps: 0 }).collective_bps).toBe(0)
    expect(effectiveConfig(beima, { ...override, collective_bps: 500 }).collective_bps).toBe(500)
    expect(effectiveConfig(beima, undefined)).toBe(beima)
  })
})
