import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { createCertificationsWorkflow } from "../../workflows/cooperative/create-certifications"
import { registerCooperativeWorkflow } from "../../workflows/cooperative/register-cooperative"
import { setCooperativeStatusWorkflow } from "../../workflows/cooperative/set-cooperative-status"
import { type DemoCooperative } from "./cooperatives-data"
import { demoPassword } from "./demo-password"

export type SeededCooperative = { id: string; locationId: string }

/**
 * The demo cooperatives, each signed up the way a real one is (emailpass login, then the register workflow)
 * and approved, with its certifications. Looked up by handle first, so a second run creates nothing.
 */
export async function ensureCooperatives(container: MedusaContainer, demo: DemoCooperative[]) {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const seeded = new Map<string, SeededCooperative>()
  let created = 0
  for (const coop of demo) {
    let [row] = await service.listCooperatives({ handle: coop.handle }, { select: ["id", "status"] })
    if (!row) {
      const authIdentityId = await ensureLogin(container, coop.staff.email)
      const { result } = await registerCooperativeWorkflow(container).run({
        input: {
          auth_identity_id: authIdentityId,
          staff_name: coop.staff.name,
          cooperative: {
            handle: coop.handle,
            name_zh: coop.name_zh,
            name_en: coop.name_en,
            credit_code: coop.credit_code,
            division_code: coop.village_code,
            story_zh: coop.story_zh,
            story_en: coop.story_en,
            benefit_mechanisms: coop.benefit_mechanisms,
            dividend_bps: coop.dividend_bps,
            collective_bps: coop.collective_bps ?? null,
          },
        },
      })
      row = result.cooperative
      if (coop.certifications.length) {
        await createCertificationsWorkflow(container).run({
          input: coop.certifications.map((c) => ({ ...c, cooperative_id: row!.id, number: null })),
        })
      }
      created += 1
    }
    if (row.status !== "approved") {
      await setCooperativeStatusWorkflow(container).run({ input: { id: row.id, status: "approved" } })
    }
    const { data } = await query.graph({
      entity: "cooperative",
      fields: ["id", "stock_location.id"],
      filters: { id: row.id },
    })
    const locationId = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
    if (!locationId)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Cooperative ${coop.handle} has no stock location`)
    seeded.set(coop.handle, { id: row.id, locationId })
  }
  return { cooperatives: seeded, created }
}

/** The staff member's emailpass identity (the password is in apps/backend/README.md, "Demo logins"). */
async function ensureLogin(container: MedusaContainer, email: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (existing) return existing.auth_identity_id!
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: demoPassword() },
  })
  if (!success || !authIdentity) throw new Error(`Seed could not create the login ${email}: ${error}`)
  return authIdentity.id
}
