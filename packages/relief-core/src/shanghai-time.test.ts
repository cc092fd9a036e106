import { describe, expect, it } from "vitest"
import { assertIsoDate, shanghaiDate } from "./shanghai-time"

describe("Shanghai calendar days", () => {
  it("turns the day over at 16:00 UTC", () => {
    expect(shanghaiDate("2024-03-31T15:59:59.999Z")).toBe("2024-03-31")
    expect(shanghaiDate("2024-03-31T16:00:00Z")).toBe("2024-04-01")
    expect(shanghaiDate(new Date("2024-12-31T16:00:00Z"))).toBe("2025-01-01")
    expect(shanghaiDate("2024-04-01T00:30:00+08:00")).toBe("2024-04-01")
    expect(shanghaiDate("2024-03-31T12:00:00-05:00")).toBe("2024-04-01")
  })

  it("refuses instants without an offset, which every runtime reads in its own zone", () => {
    expect(() => shanghaiDate("2024-03-31T10:00:00")).toThrowError(
      expect.objectContaining({ code: "invalid_ledger_entry" }),
    )
    expect(() => shanghaiDate("2024-03-31")).toThrowError("ISO 8601 time with Z or an offset")
    expect(() => shanghaiDate(new Date(Number.NaN))).toThrowError("ISO 8601 time with Z or an offset")
  })

  it("accepts only real calendar dates for a period", () => {
    expect(() => assertIsoDate("2024-02-29", "from")).not.toThrow()
    expect(() => assertIsoDate("2023-02-29", "from")).toThrowError("from must be a date written YYYY-MM-DD")
    expect(() => assertIsoDate("2024-3-1", "to")).toThrowError("to must be a date written YYYY-MM-DD")
  })
})
