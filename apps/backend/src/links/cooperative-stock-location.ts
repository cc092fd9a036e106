import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import CooperativeModule from "../modules/cooperative"

// Each cooperative keeps its stock (and so its reservations) at its own location; see ARCHITECTURE.md.
export default defineLink(CooperativeModule.linkable.cooperative, StockLocationModule.linkable.stockLocation)
