"use server"
// Sign-up, sign-in, sign-out and the address book. The customer token goes into an httpOnly cookie here and
// nowhere else; the cart the shopper filled as a guest is handed to their account so its order shows up there.
import { z } from "zod"
import { toMedusaAddress } from "@/lib/address/medusa-address"
import { toActionError, type ActionErrorKey } from "@/lib/action-error"
import { transferCart } from "@/lib/data/cart"
import { addCustomerAddress, createCustomer, deleteCustomerAddress, login, registerIdentity } from "@/lib/data/customer"
import { DIVISIONS } from "@/lib/divisions/data"
import { loginSchema, registerSchema } from "@/lib/schemas/account"
import { addressSchema } from "@/lib/schemas/address"
import { firstErrors, type FieldError } from "@/lib/schemas/field-errors"
import { clearCartId, clearCustomerToken, getCartId, getCustomerToken, setCustomerToken } from "@/lib/session"
import { StoreApiError } from "@/lib/store-fetch"

export type AccountActionResult =
  | { ok: true }
  | {
      ok: false
      error: ActionErrorKey | "invalid" | "invalidCredentials" | "emailTaken" | "signedOut"
      fieldErrors?: Record<string, FieldError>
    }

async function signIn(token: string) {
  await setCustomerToken(token)
  const cartId = await getCartId()
  if (cartId) await transferCart(cartId, token).catch((error) => toActionError(error, "attach cart to customer"))
}

export async function registerCustomer(values: Record<string, string>): Promise<AccountActionResult> {
  const parsed = registerSchema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: firstErrors(parsed.error.issues) }
  const { name, email, password } = parsed.data
  try {
    const registration = await registerIdentity(email, password)
    await createCustomer(registration, { email, first_name: name })
    await signIn(await login(email, password))
    return { ok: true }
  } catch (error) {
    // Medusa says 401 "Identity with email already exists" for a taken address.
    if (error instanceof StoreApiError && error.status === 401) return { ok: false, error: "emailTaken" }
    return { ok: false, error: toActionError(error, "register") }
  }
}

export async function signInCustomer(values: Record<string, string>): Promise<AccountActionResult> {
  const parsed = loginSchema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: firstErrors(parsed.error.issues) }
  try {
    await signIn(await login(parsed.data.email, parsed.data.password))
    return { ok: true }
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) return { ok: false, error: "invalidCredentials" }
    return { ok: false, error: toActionError(error, "sign in") }
  }
}

/** Forgets the token and the cart: the next person on a shared computer starts empty. */
export async function signOutCustomer(): Promise<AccountActionResult> {
  await clearCustomerToken()
  await clearCartId()
  return { ok: true }
}

export async function saveAddress(values: Record<string, string>): Promise<AccountActionResult> {
  const parsed = addressSchema.safeParse(values)
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: firstErrors(parsed.error.issues) }
  const address = toMedusaAddress(parsed.data, DIVISIONS)
  if (!address) return { ok: false, error: "invalid", fieldErrors: { districtCode: "districtRequired" } }
  const token = await getCustomerToken()
  if (!token) return { ok: false, error: "signedOut" }
  try {
    await addCustomerAddress(token, address)
    return { ok: true }
  } catch (error) {
    return { ok: false, error: toActionError(error, "save address") }
  }
}

export async function removeAddress(addressId: string): Promise<AccountActionResult> {
  const parsed = z.string().min(1).max(100).safeParse(addressId)
  const token = await getCustomerToken()
  if (!parsed.success) return { ok: false, error: "invalid" }
  if (!token) return { ok: false, error: "signedOut" }
  try {
    await deleteCustomerAddress(token, parsed.data)
    return { ok: true }
  } catch (error) {
    return { ok: false, error: toActionError(error, "remove address") }
  }
}
