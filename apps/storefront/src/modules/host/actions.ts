"use server"
// The host console's writes. The host's token lives in the httpOnly `fs_host` cookie, set and cleared only here and
// by the console kit's sign-out; every call goes from this server to the backend with it as a bearer token
// (modules/console/write.ts). The host reads why the backend refused, in its own words, when only it knows.
import { loginHost, signUpHost } from "@/lib/data/host"
import { createLink } from "@/lib/data/host-links"
import {
  addSessionProduct,
  createSession,
  endSession,
  removeSessionProduct,
  startSession,
  updateSessionProduct,
} from "@/lib/data/host-sessions"
import {
  addProductSchema,
  hostSignUpSchema,
  linkSchema,
  sessionRefSchema,
  sessionSchema,
  updateProductSchema,
} from "@/lib/host/schemas"
import { loginSchema } from "@/lib/schemas/account"
import type { ConsoleResult } from "@/modules/console/result"
import { openSession, write } from "@/modules/console/write"

export async function signInHost(values: Record<string, string>) {
  return openSession("host", loginSchema, values, "sign-in", ({ email, password }) => loginHost(email, password))
}

/** Sign-up ends signed in, as a `pending` host the operator still has to approve. */
export async function signUpAsHost(values: Record<string, string>): Promise<ConsoleResult<"host">> {
  return openSession(
    "host",
    hostSignUpSchema,
    values,
    "sign-up",
    ({ email, password, profile }) => signUpHost(email, password, profile),
    (error) =>
      // Medusa answers an email that already has a login with 401 "Identity with email already exists".
      /already exists/i.test(error.message) ? { ok: false, error: "emailTaken" } : null,
  )
}

export async function createLiveSession(values: Record<string, string>) {
  return write(
    "host",
    sessionSchema,
    values,
    "create session",
    async (token, body) => (await createSession(token, body)).id,
  )
}

export async function startLiveSession(values: Record<string, string>) {
  return write(
    "host",
    sessionRefSchema,
    values,
    "start session",
    async (token, { sessionId }) => void (await startSession(token, sessionId)),
  )
}

export async function endLiveSession(values: Record<string, string>) {
  return write(
    "host",
    sessionRefSchema,
    values,
    "end session",
    async (token, { sessionId }) => void (await endSession(token, sessionId)),
  )
}

export async function addLiveProduct(values: Record<string, string>) {
  return write(
    "host",
    addProductSchema,
    values,
    "add product",
    async (token, { sessionId, body }) => void (await addSessionProduct(token, sessionId, body)),
  )
}

export async function updateLiveProduct(values: Record<string, string>) {
  return write("host", updateProductSchema, values, "update product", async (token, { sessionId, productId, body }) => {
    await updateSessionProduct(token, sessionId, productId, body)
  })
}

export async function removeLiveProduct(values: Record<string, string>) {
  return write("host", sessionRefSchema, values, "remove product", async (token, { sessionId, productId }) => {
    if (productId) await removeSessionProduct(token, sessionId, productId)
  })
}

export async function createCartLink(values: Record<string, string>) {
  return write(
    "host",
    linkSchema,
    values,
    "create link",
    async (token, { sessionId, body }) => (await createLink(token, sessionId, body)).code,
  )
}
