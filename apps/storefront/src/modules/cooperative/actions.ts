"use server"
// The portal's writes. The clerk's token lives in the httpOnly `fs_coop` cookie, set and cleared only here;
// every call goes from this server to the backend with it as a bearer token. Each action validates with the
// same schema as its form first, and answers an error key (never a stack) the form shows in the clerk's language.
import { updateTag } from "next/cache"
import type { ZodType } from "zod"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { BackendUnavailableError } from "@/lib/medusa"
import { PortalApiError } from "@/lib/data/portal-fetch"
import { getOrder, shipItems, unshippedItems } from "@/lib/data/portal-orders"
import { createHousehold } from "@/lib/data/portal-households"
import { addContributions, createLot } from "@/lib/data/portal-lots"
import { loginCooperative } from "@/lib/data/portal-profile"
import { updateVariant } from "@/lib/data/portal-products"
import { mapBackendError, type CooperativeFormError } from "@/lib/cooperative/backend-errors"
import { contributionSchema, householdSchema, lotSchema, cooperativeFieldErrors, portalLoginSchema, shipSchema, variantSchema, type CooperativeFieldError } from "@/lib/cooperative/schemas"
import { clearCoopToken, getCoopToken, setCoopToken } from "@/lib/portal-session"

export type CooperativeActionResult =
  | { ok: true; id?: string }
  | {
      ok: false
      error: CooperativeFormError | "invalid" | "invalidCredentials" | "signedOut" | "unavailable" | "nothingToShip"
      fieldErrors?: Record<string, CooperativeFieldError>
      detail?: string
    }

/** Validates, then runs the write with the clerk's token; a 401 forgets the token so the page shows the login. */
async function write<T>(schema: ZodType<T>, values: unknown, run: (token: string, input: T) => Promise<string | void>): Promise<CooperativeActionResult> {
  const parsed = schema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: cooperativeFieldErrors(parsed.error.issues) }
  const token = await getCoopToken()
  if (!token) return { ok: false, error: "signedOut" }
  try {
    const id = await run(token, parsed.data)
    return id ? { ok: true, id } : { ok: true }
  } catch (error) {
    if (error instanceof PortalApiError && error.status === 401) {
      await clearCoopToken()
      return { ok: false, error: "signedOut" }
    }
    if (error instanceof PortalApiError) {
      const mapped = mapBackendError(error.status, error.message)
      if (mapped.field) return { ok: false, error: "invalid", fieldErrors: { [mapped.field[0]]: mapped.field[1] } }
      return { ok: false, error: mapped.form ?? "rejected", detail: error.message }
    }
    if (error instanceof BackendUnavailableError) return { ok: false, error: "unavailable" }
    console.warn("[storefront] portal write failed:", error instanceof Error ? error.message : error)
    return { ok: false, error: "rejected" }
  }
}

export async function signInCooperative(values: Record<string, string>): Promise<CooperativeActionResult> {
  const parsed = portalLoginSchema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: cooperativeFieldErrors(parsed.error.issues) }
  try {
    await setCoopToken(await loginCooperative(parsed.data.email, parsed.data.password))
    return { ok: true }
  } catch (error) {
    if (error instanceof PortalApiError && error.status === 401) return { ok: false, error: "invalidCredentials" }
    if (error instanceof BackendUnavailableError) return { ok: false, error: "unavailable" }
    return { ok: false, error: "rejected" }
  }
}

export async function signOutCooperative(): Promise<CooperativeActionResult> {
  await clearCoopToken()
  return { ok: true }
}

export async function recordLot(values: Record<string, string>) {
  return write(lotSchema, values, async (token, lot) => (await createLot(token, lot)).id)
}

/** The public trace page counts the lot's households, so its cached copy is dropped at once. */
export async function addContribution(values: Record<string, string>) {
  return write(contributionSchema, values, async (token, { lotId, contribution }) => {
    await addContributions(token, lotId, [contribution])
    updateTag(CACHE_TAGS.traces)
  })
}

export async function addHousehold(values: Record<string, string>) {
  return write(householdSchema, values, async (token, household) => (await createHousehold(token, household)).id)
}

export async function saveVariant(values: Record<string, string>) {
  return write(variantSchema, values, (token, { productId, variant }) => updateVariant(token, productId, variant))
}

/** Ships everything of the cooperative's that is left in the order, read fresh from the backend. */
export async function markShipped(values: Record<string, string>): Promise<CooperativeActionResult> {
  let nothingLeft = false
  const result = await write(shipSchema, values, async (token, { orderId, carrier, trackingNumber }) => {
    const items = unshippedItems(await getOrder(token, orderId))
    if (!items.length) return void (nothingLeft = true)
    await shipItems(token, orderId, { items, carrier, tracking_number: trackingNumber })
  })
  return nothingLeft ? { ok: false, error: "nothingToShip" } : result
}
