import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import LivestreamModule from "../modules/livestream"

// A live session has many orders (placed through its cart links or shelf); an order belongs to at most one session.
// Query both ways: order.live_session and live_session.orders.
export default defineLink(LivestreamModule.linkable.liveSession, { linkable: OrderModule.linkable.order, isList: true })
