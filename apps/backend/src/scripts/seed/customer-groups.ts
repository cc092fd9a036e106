import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerGroupsWorkflow } from "@medusajs/medusa/core-flows"
import { INSTITUTION_GROUP } from "../../lib/relief/order-facts"

/**
 * The customer group whose orders the relief ledger counts as institutional purchases (单位采购: canteens, schools,
 * unions buying for staff). The operator adds institution customers to it in Medusa Admin. Returns 1 if created.
 */
export async function ensureInstitutionGroup(container: MedusaContainer): Promise<number> {
  const existing = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: INSTITUTION_GROUP })
  if (existing.length) return 0
  await createCustomerGroupsWorkflow(container).run({ input: { customersData: [{ name: INSTITUTION_GROUP }] } })
  return 1
}
