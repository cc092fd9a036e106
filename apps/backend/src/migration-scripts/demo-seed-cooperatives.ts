import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoData } from "../scripts/seed/index"

// Databases seeded before cooperatives existed already ran demo-seed.ts, so Medusa would never run it
// again; this script runs the (idempotent) seed once more to add the cooperatives, link the demo products
// to them and move their stock to each cooperative's location. On a fresh database it creates nothing.
export default async function demoSeedCooperatives({ container }: ExecArgs) {
  await seedDemoData(container)
}
