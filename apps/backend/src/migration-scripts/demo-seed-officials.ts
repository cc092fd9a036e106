import type { ExecArgs } from "@medusajs/framework/types"
import { ensureOfficials } from "../scripts/seed/officials"

// Databases seeded before officials existed already ran demo-seed.ts; this adds the demo officials to them,
// once (Medusa records it in script_migrations). Where the seed already made them it creates nothing.
export default async function demoSeedOfficials({ container }: ExecArgs) {
  await ensureOfficials(container)
}
