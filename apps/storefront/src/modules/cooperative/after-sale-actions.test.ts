import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { jar, recordingBackend, type Call } from "@/modules/console/testing"
import { cancelOrder, markDelivered, receiveReturn, refundReturn } from "./after-sale-actions"

vi.mock("next/server", () => ({ connection: async () => {} }))
vi.mock("@/lib/console-session", async () => (await import("@/modules/console/testing")).consoleSession)

let calls: Call[]
const backend = (reply: (path: string, method: string) => Response) => recordingBackend(calls, reply)
// A whole return as the backend answers it (the data layer checks it against @fengshou/store-contract).
const ret = (status: string, refunded_fen = 0) => ({
  id: "ret_1",
  order_id: "order_1",
  display_id: 12,
  status,
  created_at: "2026-12-04T02:00:00.000Z",
  received_at: status === "requested" ? null : "2026-12-05T02:00:00.000Z",
  refunded_fen,
  refundable_fen: 13_980 - refunded_fen,
  items: [
    {
      line_item_id: "item_a",
      title: "昌盛小米",
      variant_title: "5 kg",
      quantity: 2,
      received_quantity: status === "requested" ? 0 : 2,
      unit_price_fen: 6990,
      reason: "damaged",
      note: "袋子破了",
    },
  ],
})

describe("after-sale actions", () => {
  beforeEach(() => {
    calls = []
    jar.token = "coop.jwt"
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
    vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test_0123456789")
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it("marks one shipment delivered", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ order: {} })),
    )
    expect(await markDelivered({ orderId: "order_1", fulfillmentId: "ful_1" })).toEqual({ ok: true, id: "order_1" })
    expect(calls).toEqual([
      {
        method: "POST",
        path: "/cooperative/orders/order_1/fulfillments/ful_1/deliver",
        body: undefined,
        auth: "Bearer coop.jwt",
      },
    ])
  })

  it("cancels with the reason, and passes on the backend's 409 sentence", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ order: {} })),
    )
    expect(await cancelOrder({ orderId: "order_1", reason: " 缺货 " })).toEqual({ ok: true, id: "order_1" })
    expect(calls.at(-1)).toMatchObject({ path: "/cooperative/orders/order_1/cancel", body: { reason: "缺货" } })

    const message = "Order #12 also holds another cooperative's items; ask the platform to cancel it."
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ type: "not_allowed", message }, { status: 409 })),
    )
    expect(await cancelOrder({ orderId: "order_1", reason: "缺货" })).toEqual({
      ok: false,
      error: "rejected",
      detail: message,
    })
  })

  it("needs a reason to cancel before anything is sent", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({})),
    )
    expect(await cancelOrder({ orderId: "order_1", reason: "" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { reason: "required" },
    })
    expect(calls).toEqual([])
  })

  it("receives every unit of a return (no items named)", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ return: ret("received") })),
    )
    expect(await receiveReturn({ returnId: "ret_1" })).toEqual({ ok: true, id: "ret_1" })
    expect(calls).toEqual([
      { method: "POST", path: "/cooperative/returns/ret_1/receive", body: {}, auth: "Bearer coop.jwt" },
    ])
  })

  it("refunds the amount typed in yuan as integer fen", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ return: ret("refunded", 6990) })),
    )
    expect(await refundReturn({ returnId: "ret_1", amount: "69.90" })).toEqual({ ok: true, id: "ret_1" })
    expect(calls.at(-1)).toMatchObject({ path: "/cooperative/returns/ret_1/refund", body: { amount_fen: 6990 } })
  })

  it("answers the backend's 422 as an error of the amount, with its sentence", async () => {
    const message = "amount_fen 20000 is more than the 13980 fen refundable for this return"
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ type: "invalid_data", message }, { status: 422 })),
    )
    expect(await refundReturn({ returnId: "ret_1", amount: "200" })).toEqual({
      ok: false,
      error: "invalid",
      detail: message,
    })
  })

  it("shows a refund refused before the goods are back (409) as the form's error", async () => {
    const message = "Receive the return before refunding it"
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({ message }, { status: 409 })),
    )
    expect(await refundReturn({ returnId: "ret_1", amount: "10" })).toEqual({
      ok: false,
      error: "rejected",
      detail: message,
    })
  })

  it("refuses an amount with more than two decimals without calling the backend", async () => {
    vi.stubGlobal(
      "fetch",
      backend(() => Response.json({})),
    )
    expect(await refundReturn({ returnId: "ret_1", amount: "10.005" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { amount: "money" },
    })
    expect(calls).toEqual([])
  })
})
