import { describe, expect, it } from "vitest"
import { chinaLocalToIso, toChinaLocal } from "./datetime"

describe("chinaLocalToIso", () => {
  it("reads the datetime-local value as China time", () => {
    expect(chinaLocalToIso("2026-11-22T20:00")).toBe("2026-11-22T20:00:00+08:00")
    expect(chinaLocalToIso("2026-11-22T20:00:30")).toBe("2026-11-22T20:00:30+08:00")
    expect(new Date(chinaLocalToIso("2026-11-23T01:30")!).toISOString()).toBe("2026-11-22T17:30:00.000Z")
  })

  it("refuses what is not a real date and time", () => {
    for (const bad of ["", "2026-11-22", "2026-02-30T10:00", "2026-11-22T24:00", "2026-11-22T20:60", "tomorrow 8pm"]) {
      expect(chinaLocalToIso(bad), bad).toBeNull()
    }
  })
})

describe("toChinaLocal", () => {
  it("is the inverse, to the minute", () => {
    expect(toChinaLocal("2026-11-22T17:30:45.000Z")).toBe("2026-11-23T01:30")
    expect(chinaLocalToIso(toChinaLocal(new Date("2026-06-01T00:00:00Z")))).toBe("2026-06-01T08:00:00+08:00")
  })
})
