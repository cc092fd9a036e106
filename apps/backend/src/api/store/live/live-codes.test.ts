import { BigNumber } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { maskLiveCodes } from "./live-codes"

describe("maskLiveCodes", () => {
  it("masks live codes at any depth and leaves amounts and dates as res.json would write them", () => {
    const at = new Date("2026-12-06T00:00:00Z")
    const masked = maskLiveCodes({
      cart: {
        total: new BigNumber(80),
        created_at: at,
        promotions: [{ code: "LIVE-ABC123" }, { code: "WELCOME10" }],
        items: [{ adjustments: [{ code: "live-abc123", amount: new BigNumber(9) }] }],
      },
    })
    expect(JSON.parse(JSON.stringify(masked))).toEqual({
      cart: {
        total: 80,
        created_at: "2026-12-06T00:00:00.000Z",
        promotions: [{ code: "LIVE" }, { code: "WELCOME10" }],
        items: [{ adjustments: [{ code: "LIVE", amount: 9 }] }],
      },
    })
  })
})
