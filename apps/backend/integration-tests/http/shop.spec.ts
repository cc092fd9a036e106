// Around a shopper's order: the impact the shop shows, the mails it sends, provenance in Admin, orders and returns.
// Each topic is its own file (*.topic.ts); they run here under one Medusa boot, each from the database as the boot
// left it (../runner.ts, topicsSuite). One topic alone: vitest's `-t <topic>` on this file.
import { integrationRunner } from "../runner"
import storeImpact from "./store-impact.topic"
import notifications from "./notifications.topic"
import adminProductProvenance from "./admin-product-provenance.topic"
import orderAfterSaleShopper from "./order-after-sale-shopper.topic"

integrationRunner({
  seeded: true,
  topics: [storeImpact, notifications, adminProductProvenance, orderAfterSaleShopper],
})
