import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { serializeCertification } from "../../../serializers/cooperative/serialize-certification"
import { serializeProfile } from "../../../serializers/cooperative/serialize-profile"

/** The signed-in cooperative's profile with its certifications and the staff member asking. */
export async function readProfile(container: MedusaContainer, cooperativeId: string, staffId: string) {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const cooperative = await service.retrieveCooperative(cooperativeId, { relations: ["certifications"] })
  const staff = await service.retrieveCooperativeStaff(staffId)
  return {
    cooperative: serializeProfile({
      ...cooperative,
      certifications: cooperative.certifications.map(serializeCertification),
    }),
    staff: { id: staff.id, email: staff.email, name: staff.name, role: staff.role },
  }
}
