// The cooperative's household roster. Names are decrypted by the backend for the owning cooperative only,
// and are shown only inside this portal.
import "server-only"
import {
  CooperativeHouseholdListResponseSchema,
  CooperativeHouseholdResponseSchema,
  type CooperativeHousehold,
} from "@fengshou/store-contract"
import { fromBackend } from "./parse-contract"
import { consoleFetch } from "./console-fetch"

export type { CooperativeHousehold } from "@fengshou/store-contract"

export type NewHousehold = {
  code: string
  size: number
  status: CooperativeHousehold["status"]
  village_code: string
  name: string | null
}

const PAGE = 100 // the backend's largest page

/** The whole roster, a page at a time (a co-op rarely has more than a few hundred households). */
export async function listHouseholds(token: string): Promise<CooperativeHousehold[]> {
  const all: CooperativeHousehold[] = []
  for (let offset = 0; ; offset += PAGE) {
    const body = await consoleFetch<unknown>("/cooperative/households", token, { query: { limit: PAGE, offset } })
    const page = fromBackend(CooperativeHouseholdListResponseSchema, body, "GET /cooperative/households")
    all.push(...page.households)
    if (page.households.length < PAGE || all.length >= page.count) return all
  }
}

export async function createHousehold(token: string, household: NewHousehold): Promise<CooperativeHousehold> {
  const body = { ...household, name: household.name ?? undefined }
  const answer = await consoleFetch<unknown>("/cooperative/households", token, { method: "POST", body })
  return fromBackend(CooperativeHouseholdResponseSchema, answer, "POST /cooperative/households").household
}
