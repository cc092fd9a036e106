import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoData } from "../scripts/seed/index"

// Medusa runs each migration script once per database (tracked in script_migrations) during
// `medusa db:migrate`, which is how a fresh install gets its demo data with no extra step.
export default async function demoSeed({ container }: ExecArgs) {
  await seedDemoData(container)
}
