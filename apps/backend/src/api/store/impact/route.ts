import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { platformImpact } from "./platform-impact"

/** Platform totals for the home page counter: sales, income reaching 脱贫户/监测户, households, persons, co-ops. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  res.json({ impact: await platformImpact(req.scope) })
}
