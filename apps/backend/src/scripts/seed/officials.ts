import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { OFFICIAL_MODULE } from "../../modules/official"
import type OfficialModuleService from "../../modules/official/service"
import { createOfficialWorkflow } from "../../workflows/official/create-official"
import { demoPassword } from "./demo-password"

export type DemoOfficial = { email: string; name: string; title: string; organisation: string; region_code: string }

// Demo officials (fictional people, real places): a county, a province and another county, so the access rules
// can be seen at work. Logins and the password are in apps/backend/README.md, "Demo logins".
export const DEMO_OFFICIALS: DemoOfficial[] = [
  {
    email: "qinggang@demo.fengshou.local",
    name: "青冈县 帮扶专员（演示）",
    title: "消费帮扶专员",
    organisation: "青冈县乡村振兴局",
    region_code: "231223",
  },
  {
    email: "heilongjiang@demo.fengshou.local",
    name: "黑龙江省 帮扶专员（演示）",
    title: "消费帮扶处",
    organisation: "黑龙江省乡村振兴局",
    region_code: "23",
  },
  {
    email: "wendeng@demo.fengshou.local",
    name: "文登区 帮扶专员（演示）",
    title: "消费帮扶专员",
    organisation: "威海市文登区乡村振兴局",
    region_code: "371003",
  },
]

/** Creates each demo official with its emailpass login, unless one with that email exists. Returns how many were new. */
export async function ensureOfficials(
  container: MedusaContainer,
  demo: DemoOfficial[] = DEMO_OFFICIALS,
): Promise<number> {
  const service = container.resolve<OfficialModuleService>(OFFICIAL_MODULE)
  const auth = container.resolve(Modules.AUTH)
  let created = 0
  for (const { email, ...profile } of demo) {
    const [existing] = await service.listOfficials({ email }, { select: ["id"] })
    if (existing) continue
    const [identity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
    let authIdentityId = identity?.auth_identity_id
    if (!authIdentityId) {
      const { success, authIdentity, error } = await auth.register("emailpass", {
        body: { email, password: demoPassword() },
      })
      if (!success || !authIdentity) throw new Error(`Seed could not create the login ${email}: ${error}`)
      authIdentityId = authIdentity.id
    }
    await createOfficialWorkflow(container).run({ input: { auth_identity_id: authIdentityId, ...profile } })
    created += 1
  }
  return created
}
