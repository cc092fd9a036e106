// The cooperative's household roster. Names are decrypted by the backend for the owning cooperative only,
// and are shown only inside this portal.
import "server-only"
import {
  CooperativeHouseholdDetailResponseSchema,
  CooperativeHouseholdListResponseSchema,
  CooperativeHouseholdResponseSchema,
  type CooperativeHousehold,
  type CooperativeHouseholdDetailResponse,
} from "@fengshou/store-contract"
import { fromBackend } from "./parse-contract"
import { consoleFetch } from "./console-fetch"

export type { CooperativeHousehold, HouseholdContribution } from "@fengshou/store-contract"

/** What the household page edits; absent fields stay as they are. An ID number is sent once and kept as a hash. */
export type HouseholdEdit = {
  size: number
  status: CooperativeHousehold["status"]
  name: string | null
  id_number: string | null
}

export type NewHousehold = {
  code: string
  size: number
  status: CooperativeHousehold["status"]
  village_code: string
  name: string | null
  /** Sent once; the backend keeps only its keyed hash. */
  id_number: string | null
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
  const body = { ...household, name: household.name ?? undefined, id_number: household.id_number ?? undefined }
  const answer = await consoleFetch<unknown>("/cooperative/households", token, { method: "POST", body })
  return fromBackend(CooperativeHouseholdResponseSchema, answer, "POST /cooperative/households").household
}

/** One household with what it supplied, newest harvest first (404 → the console's not-found page). */
export async function getHousehold(token: string, id: string): Promise<CooperativeHouseholdDetailResponse> {
  const body = await consoleFetch<unknown>(`/cooperative/households/${encodeURIComponent(id)}`, token)
  return fromBackend(CooperativeHouseholdDetailResponseSchema, body, "GET /cooperative/households/:id")
}

/** Saves the edit; an empty name is left as it is (the form cannot tell "clear" from "unchanged"). */
export async function updateHousehold(token: string, id: string, edit: HouseholdEdit): Promise<CooperativeHousehold> {
  const body = {
    size: edit.size,
    status: edit.status,
    ...(edit.name ? { name: edit.name } : {}),
    ...(edit.id_number ? { id_number: edit.id_number } : {}),
  }
  const answer = await consoleFetch<unknown>(`/cooperative/households/${encodeURIComponent(id)}`, token, {
    method: "POST",
    body,
  })
  return fromBackend(CooperativeHouseholdResponseSchema, answer, "POST /cooperative/households/:id").household
}
