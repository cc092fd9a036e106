import type { Shipment } from "@fengshou/store-contract"
import { describe, expect, it } from "vitest"
import { canCancel, carrierName, orderProgress } from "./after-sale-view"

const line = (quantity: number, fulfilled: number) => ({ quantity, fulfilled_quantity: fulfilled })
const shipment = (delivered: boolean): Shipment => ({
  id: `ful_${Math.random()}`,
  carrier: "sf",
  carrier_text: null,
  tracking_number: "SF1",
  shipped_at: "2026-12-01T02:00:00.000Z",
  delivered_at: delivered ? "2026-12-03T02:00:00.000Z" : null,
  items: [],
})
type Order = Parameters<typeof orderProgress>[0]
const order = (
  items: { quantity: number; fulfilled_quantity: number }[],
  shipments: Shipment[] = [],
  canceled = false,
) =>
  ({
    status: canceled ? "canceled" : "pending",
    canceled_at: null,
    items,
    shipments,
  }) as unknown as Order

describe("orderProgress", () => {
  it("follows the cooperative's lines from waiting to delivered", () => {
    expect(orderProgress(order([line(2, 0), line(1, 0)]))).toBe("to_ship")
    expect(orderProgress(order([line(2, 1), line(1, 0)], [shipment(false)]))).toBe("partially_shipped")
    expect(orderProgress(order([line(2, 2), line(1, 1)], [shipment(false)]))).toBe("shipped")
    expect(orderProgress(order([line(2, 2)], [shipment(true), shipment(false)]))).toBe("shipped")
    expect(orderProgress(order([line(2, 2)], [shipment(true), shipment(true)]))).toBe("delivered")
  })

  it("says canceled first, by status or by canceled_at", () => {
    expect(orderProgress(order([line(1, 0)], [], true))).toBe("canceled")
    expect(orderProgress({ ...order([line(1, 1)], [shipment(true)]), canceled_at: "2026-12-01T00:00:00Z" })).toBe(
      "canceled",
    )
  })
})

describe("canCancel", () => {
  it("allows cancelling only while nothing is shipped and the order is live", () => {
    expect(canCancel(order([line(2, 0)]))).toBe(true)
    expect(canCancel(order([line(2, 1)], [shipment(false)]))).toBe(false)
    expect(canCancel(order([line(2, 0)], [], true))).toBe(false)
  })
})

describe("carrierName", () => {
  it("names a listed carrier in the clerk's language", () => {
    expect(carrierName({ carrier: "sf", carrier_text: null }, "zh-CN")).toBe("顺丰速运")
    expect(carrierName({ carrier: "jitu", carrier_text: null }, "en")).toBe("J&T Express")
  })

  it("shows what was typed before the list existed, or nothing", () => {
    expect(carrierName({ carrier: null, carrier_text: "中国邮政 EMS" }, "en")).toBe("中国邮政 EMS")
    expect(carrierName({ carrier: null, carrier_text: null }, "zh-CN")).toBeNull()
  })
})
