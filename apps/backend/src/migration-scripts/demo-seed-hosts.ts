import type { ExecArgs } from "@medusajs/framework/types"
import { ensureDemoHost } from "../scripts/seed/hosts"

// Databases seeded before livestream hosts existed already ran demo-seed.ts; this adds the demo host, its live
// session and cart link to them, once (Medusa records it in script_migrations). Where the seed already made them
// it creates nothing.
export default async function demoSeedHosts({ container }: ExecArgs) {
  await ensureDemoHost(container)
}
