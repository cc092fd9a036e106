import { filterOwnOrders } from "./filter-own-orders"

const order = (display_id: number, shipped: number, tracking: string | null, status = "pending") => ({
  display_id,
  status,
  shipping_address: { first_name: "小红", last_name: "李", phone: "+86 139-0013-9000" },
  items: [{ quantity: 2, shipped_quantity: shipped }],
  shipments: tracking
    ? [
        {
          id: "f",
          carrier: "sf" as const,
          carrier_text: null,
          tracking_number: tracking,
          shipped_at: null,
          delivered_at: null,
          items: [],
        },
      ]
    : [],
})
const waiting = order(2, 0, null)
const partly = order(3, 1, "SF7700112233")
const sent = order(12, 2, "YT0000000002")
const canceled = order(5, 0, null, "canceled")
const all = [waiting, partly, sent, canceled]

describe("filterOwnOrders", () => {
  it("splits orders to ship (not canceled, a unit unshipped) from shipped ones", () => {
    expect(filterOwnOrders(all, "to_ship")).toEqual([waiting, partly])
    expect(filterOwnOrders(all, "shipped")).toEqual([sent])
    expect(filterOwnOrders(all, "all")).toEqual(all)
  })
  it("finds an order by its number, the recipient, the phone or a tracking number fragment", () => {
    expect(filterOwnOrders(all, "all", "#2")).toEqual([waiting])
    expect(filterOwnOrders(all, "all", "12")).toEqual([sent])
    expect(filterOwnOrders(all, "all", "李小红")).toEqual(all)
    expect(filterOwnOrders(all, "all", "13900139000")).toEqual(all)
    expect(filterOwnOrders(all, "all", "sf770011")).toEqual([partly])
    expect(filterOwnOrders(all, "all", "zz99")).toEqual([])
  })
})
