"use server"
// The dashboard's only write: signing in (sign-out is the console kit's). The official's token lives in the
// httpOnly `fs_official` cookie; pages read it on the server and the export route forwards it.
import { loginOfficial } from "@/lib/data/official"
import { loginSchema } from "@/lib/schemas/account"
import { openSession } from "@/modules/console/write"

export async function signInOfficial(values: Record<string, string>) {
  return openSession("official", loginSchema, values, "sign-in", ({ email, password }) =>
    loginOfficial(email, password),
  )
}
