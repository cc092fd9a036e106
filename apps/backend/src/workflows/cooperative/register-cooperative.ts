import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
  setAuthAppMetadataStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { createCooperativeStep, type CreateCooperativeInput } from "./steps/create-cooperative"
import { checkLicenceUrlStep } from "./steps/check-licence-url"
import { createCooperativeStaffStep } from "./steps/create-cooperative-staff"
import { getAuthEmailStep } from "./steps/get-auth-email"
import { resolveDivisionStep } from "./steps/resolve-division"

export type RegisterCooperativeInput = {
  auth_identity_id: string
  staff_name: string
  cooperative: Omit<CreateCooperativeInput, "region">
}

/** Signs up a cooperative: pending profile, owner staff bound to the login, and its own stock location. */
export const registerCooperativeWorkflow = createWorkflow("register-cooperative", (input: RegisterCooperativeInput) => {
  const division = resolveDivisionStep(input.cooperative.division_code)
  checkLicenceUrlStep(transform({ input }, ({ input }) => input.cooperative.licence_url ?? undefined))
  const email = getAuthEmailStep(input.auth_identity_id)
  const cooperative = createCooperativeStep(
    transform({ input, division }, ({ input, division }) => ({ ...input.cooperative, region: division.names })),
  )
  const staff = createCooperativeStaffStep(
    transform({ input, cooperative, email }, ({ input, cooperative, email }) => ({
      cooperative_id: cooperative.id,
      email,
      name: input.staff_name,
      role: "owner" as const,
    })),
  )
  // Medusa's convention: app_metadata.{actor_type}_id, here cooperative_id, holds the actor's id: the staff id.
  setAuthAppMetadataStep(
    transform({ input, staff }, ({ input, staff }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "cooperative",
      value: staff.id,
    })),
  )

  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input, division }, ({ input, division }) => ({
      locations: [
        {
          name: `${input.cooperative.name_zh} 仓`,
          address: {
            country_code: "CN",
            province: division.names.province,
            city: division.names.city ?? division.names.province,
            address_1: [division.names.county, division.names.township, division.names.village]
              .filter(Boolean)
              .join(""),
          },
        },
      ],
    })),
  })
  createRemoteLinkStep(
    transform({ cooperative, locations }, ({ cooperative, locations }) => [
      {
        [COOPERATIVE_MODULE]: { cooperative_id: cooperative.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[0]!.id },
      },
    ]),
  ).config({ name: "link-cooperative-stock-location" })

  // The location joins the store's default sales channel so carts reserve stock there (see ARCHITECTURE.md).
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] }).config({
    name: "get-default-sales-channel",
  })
  createRemoteLinkStep(
    transform({ stores, locations }, ({ stores, locations }) =>
      stores
        .map((s) => s.default_sales_channel_id)
        .filter((id): id is string => Boolean(id))
        .map((id) => ({
          [Modules.SALES_CHANNEL]: { sales_channel_id: id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[0]!.id },
        })),
    ),
  ).config({ name: "link-sales-channel-stock-location" })

  return new WorkflowResponse({
    cooperative,
    staff,
    location: transform({ locations }, ({ locations }) => locations[0]!),
  })
})
