// A host's live sessions and their products: every call with the host's bearer token, every answer parsed with the
// live contract, so a backend that drifts from it fails here rather than deep in a template.
import "server-only"
import {
  SessionSchema,
  type AddSessionProductBody,
  type CreateSessionBody,
  type Session,
  type UpdateSessionBody,
  type UpdateSessionProductBody,
} from "@fengshou/live-contract"
import { z } from "zod"
import { consoleFetch } from "./console-fetch"

const One = z.object({ session: SessionSchema })
const Many = z.object({ sessions: z.array(SessionSchema) })
const sessionPath = (id: string) => `/host/sessions/${encodeURIComponent(id)}` as const
const productPath = (id: string, productId: string) =>
  `${sessionPath(id)}/products/${encodeURIComponent(productId)}` as const

async function write(
  token: string,
  path: `/host/${string}`,
  method: "POST" | "DELETE",
  body?: unknown,
): Promise<Session> {
  return One.parse(await consoleFetch<unknown>(path, token, { method, body })).session
}

export async function listSessions(token: string): Promise<Session[]> {
  return Many.parse(await consoleFetch<unknown>("/host/sessions", token)).sessions
}

export async function getSession(token: string, id: string): Promise<Session> {
  return One.parse(await consoleFetch<unknown>(sessionPath(id), token)).session
}

export const createSession = (token: string, body: CreateSessionBody) => write(token, "/host/sessions", "POST", body)
export const updateSession = (token: string, id: string, body: UpdateSessionBody) =>
  write(token, sessionPath(id), "POST", body)
export const startSession = (token: string, id: string) => write(token, `${sessionPath(id)}/start`, "POST", {})
export const endSession = (token: string, id: string) => write(token, `${sessionPath(id)}/end`, "POST", {})

export const addSessionProduct = (token: string, id: string, body: AddSessionProductBody) =>
  write(token, `${sessionPath(id)}/products`, "POST", body)
export const updateSessionProduct = (token: string, id: string, productId: string, body: UpdateSessionProductBody) =>
  write(token, productPath(id, productId), "POST", body)
export const removeSessionProduct = (token: string, id: string, productId: string) =>
  write(token, productPath(id, productId), "DELETE")
