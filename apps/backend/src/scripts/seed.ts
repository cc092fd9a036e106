import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoData } from "./seed/index"

/** `npm run seed`: the idempotent demo seed (it also runs once by itself as a migration script). */
export default async function seed({ container }: ExecArgs) {
  await seedDemoData(container)
}
