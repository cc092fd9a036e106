// Customer accounts: Medusa's emailpass identities (/auth/customer/emailpass) and /store/customers.
// Tokens are passed in explicitly; the caller keeps them in an httpOnly cookie (lib/session.ts).
import "server-only"
import type { MedusaAddressInput, WireAddress } from "@/lib/address/medusa-address"
import { StoreApiError, storeFetch } from "@/lib/store-fetch"

export type SavedAddress = WireAddress & { id: string }
export type StoreCustomer = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  addresses?: SavedAddress[] | null
}

type TokenResponse = { token: string }

/** Creates the login identity; its token may only create the customer record, so sign in afterwards. */
export async function registerIdentity(email: string, password: string): Promise<string> {
  const body = { email, password }
  return (await storeFetch<TokenResponse>("/auth/customer/emailpass/register", { method: "POST", body })).token
}

export async function createCustomer(registrationToken: string, customer: { email: string; first_name: string }) {
  await storeFetch("/store/customers", { method: "POST", body: customer, token: registrationToken })
}

/** A customer token for these credentials; StoreApiError 401 when they are wrong. */
export async function login(email: string, password: string): Promise<string> {
  return (await storeFetch<TokenResponse>("/auth/customer/emailpass", { method: "POST", body: { email, password } }))
    .token
}

/** The customer behind a token, with saved addresses; null when the token is expired or revoked. */
export async function retrieveCustomer(token: string): Promise<StoreCustomer | null> {
  try {
    const { customer } = await storeFetch<{ customer: StoreCustomer }>("/store/customers/me", {
      query: { fields: "id,email,first_name,last_name,*addresses" },
      token,
    })
    return customer
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) return null
    throw error
  }
}

export async function addCustomerAddress(token: string, address: MedusaAddressInput) {
  await storeFetch("/store/customers/me/addresses", { method: "POST", body: address, token, query: { fields: "id" } })
}

export async function deleteCustomerAddress(token: string, addressId: string) {
  await storeFetch(`/store/customers/me/addresses/${encodeURIComponent(addressId)}`, { method: "DELETE", token })
}
