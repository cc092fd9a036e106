// Reads for pages: who is signed in, from the httpOnly token cookie. Plain functions, never server actions.
import "server-only"
import { cache } from "react"
import { getCustomerToken } from "@/lib/session"
import { retrieveCustomer, type StoreCustomer } from "./customer"

export type CurrentCustomer = { token: string; customer: StoreCustomer }

/** The signed-in customer, or null (no cookie, or a token Medusa no longer accepts). Once per request. */
export const getCurrentCustomer = cache(async (): Promise<CurrentCustomer | null> => {
  const token = await getCustomerToken()
  if (!token) return null
  const customer = await retrieveCustomer(token)
  return customer ? { token, customer } : null
})
