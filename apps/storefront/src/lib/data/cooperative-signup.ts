// The backend calls of a cooperative's sign-up and its corrections, always from this server: Medusa's emailpass
// registration, the licence upload (multipart, with the sign-up token), POST /cooperative/register and /cooperative/me.
import "server-only"
import { consoleFetch } from "./console-fetch"
import { uploadFile } from "./cooperative-products"

/** A token for a new login (no cooperative yet); a 400/401 "Identity with email already exists" when taken. */
export async function registerLogin(email: string, password: string): Promise<string> {
  const { token } = await consoleFetch<{ token: string }>("/auth/cooperative/emailpass/register", null, {
    method: "POST",
    body: { email, password },
  })
  return token
}

/** POST /cooperative/uploads with purpose licence: the stored file's URL. */
export async function uploadLicence(token: string, file: File, type: string): Promise<string> {
  const form = new FormData()
  form.set("purpose", "licence")
  form.set("file", new File([file], file.name || "licence", { type }))
  return (await uploadFile(token, form)).file.url
}

export async function registerCooperative(token: string, body: Record<string, unknown>): Promise<void> {
  await consoleFetch("/cooperative/register", token, { method: "POST", body })
}

/** A pending or rejected cooperative's correction; a rejected one goes back to pending. */
export async function updateCooperativeProfile(token: string, body: Record<string, unknown>): Promise<void> {
  await consoleFetch("/cooperative/me", token, { method: "POST", body })
}
