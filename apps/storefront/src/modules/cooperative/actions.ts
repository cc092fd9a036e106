"use server"
// The cooperative console's writes. The clerk's token lives in the httpOnly `fs_coop` cookie, set and cleared only
// here and by the console kit's sign-out; every call goes from this server to the backend with it as a bearer token
// (modules/console/write.ts), and answers an error key (never a stack) the form shows in the clerk's language.
import { updateTag } from "next/cache"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { getOrder, shipItems, unshippedItems } from "@/lib/data/cooperative-orders"
import { createHousehold, updateHousehold } from "@/lib/data/cooperative-households"
import { addContributions, createLot } from "@/lib/data/cooperative-lots"
import { loginCooperative } from "@/lib/data/cooperative-profile"
import { updateVariant } from "@/lib/data/cooperative-products"
import { shipmentSchema } from "@/lib/cooperative/after-sale-schemas"
import {
  contributionSchema,
  householdEditSchema,
  householdSchema,
  lotSchema,
  variantSchema,
} from "@/lib/cooperative/schemas"
import { loginSchema } from "@/lib/schemas/account"
import type { ConsoleResult } from "@/modules/console/result"
import { openSession, write } from "@/modules/console/write"

export async function signInCooperative(values: Record<string, string>) {
  return openSession("cooperative", loginSchema, values, "sign-in", ({ email, password }) =>
    loginCooperative(email, password),
  )
}

export async function recordLot(values: Record<string, string>) {
  return write("cooperative", lotSchema, values, "record lot", async (token, lot) => (await createLot(token, lot)).id)
}

/** The public trace page counts the lot's households, so its cached copy is dropped at once. */
export async function addContribution(values: Record<string, string>) {
  return write(
    "cooperative",
    contributionSchema,
    values,
    "add contribution",
    async (token, { lotId, contribution }) => {
      await addContributions(token, lotId, [contribution])
      updateTag(CACHE_TAGS.traces)
    },
  )
}

export async function addHousehold(values: Record<string, string>) {
  return write(
    "cooperative",
    householdSchema,
    values,
    "add household",
    async (token, household) => (await createHousehold(token, household)).id,
  )
}

export async function saveHousehold(values: Record<string, string>) {
  return write(
    "cooperative",
    householdEditSchema,
    values,
    "save household",
    async (token, { householdId, edit }) => (await updateHousehold(token, householdId, edit)).id,
  )
}

/** A size's price, stock or weight: the catalog's cached pages are refreshed here too, not only by the backend's hook. */
export async function saveVariant(values: Record<string, string>) {
  return write("cooperative", variantSchema, values, "save variant", async (token, { productId, variant }) => {
    await updateVariant(token, productId, variant)
    updateTag(CACHE_TAGS.products)
    updateTag(CACHE_TAGS.cooperatives)
  })
}

/** Ships everything of the cooperative's that is left in the order, read fresh from the backend; answers the order's id. */
export async function markShipped(values: Record<string, string>): Promise<ConsoleResult<"cooperative">> {
  let nothingLeft = false
  const result = await write(
    "cooperative",
    shipmentSchema,
    values,
    "ship",
    async (token, { orderId, carrier, trackingNumber }) => {
      const items = unshippedItems(await getOrder(token, orderId))
      if (!items.length) return void (nothingLeft = true)
      await shipItems(token, orderId, { items, carrier, tracking_number: trackingNumber })
      return orderId
    },
  )
  return nothingLeft ? { ok: false, error: "nothingToShip" } : result
}
