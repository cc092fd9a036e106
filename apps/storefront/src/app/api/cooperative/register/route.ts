// The cooperative sign-up's one request from the browser: multipart, because the business licence rides along and
// server actions take 1 MB bodies. Signed out, it runs the whole sign-up (emailpass register → licence upload with
// the sign-up token → POST /cooperative/register → sign-in, keeping the clerk's token in the httpOnly cookie). Signed
// in as a pending or rejected cooperative, it sends the correction (a new licence optional) to POST /cooperative/me.
// Answers { ok } or { ok: false, error, fieldErrors?, detail? } with message keys of `cooperativeSignUp.errors`.
import { getConsoleToken, setConsoleToken } from "@/lib/console-session"
import {
  backendFieldError,
  cooperativeBody,
  cooperativeFieldsSchema,
  fieldErrorsOf,
  handleFrom,
  LICENCE_RULE,
  signUpSchema,
  sniffLicence,
  type SignUpAnswer,
} from "@/lib/cooperative-signup/schema"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { loginCooperative } from "@/lib/data/cooperative-profile"
import {
  registerCooperative,
  registerLogin,
  updateCooperativeProfile,
  uploadLicence,
} from "@/lib/data/cooperative-signup"
import { BackendUnavailableError } from "@/lib/medusa"

const ENVELOPE_BYTES = 64 * 1024
const answer = (body: SignUpAnswer, status = body.ok ? 200 : 400) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } })
const invalid = (fieldErrors: Record<string, string>) => answer({ ok: false, error: "invalid", fieldErrors })

/** The licence, checked on its bytes and size: [file, type] or the field error key. */
async function readLicence(value: FormDataEntryValue | null, required: boolean) {
  if (!(value instanceof File) || value.size === 0) return required ? "licenceMissing" : null
  if (value.size > LICENCE_RULE.max_bytes) return "licenceSize"
  const type = sniffLicence(new Uint8Array(await value.slice(0, 8).arrayBuffer()))
  if (!type || !LICENCE_RULE.mime_types.includes(type)) return "licenceType"
  return [value, type] as const
}

/** A backend refusal next to its field when it names one; its sentence otherwise. */
function refused(error: unknown): Response {
  if (error instanceof BackendUnavailableError) return answer({ ok: false, error: "unavailable" }, 503)
  if (error instanceof ConsoleApiError) {
    const field = backendFieldError(error.message)
    if (field) return invalid({ [field[0]]: field[1] })
    return answer({ ok: false, error: "rejected", detail: error.message })
  }
  throw error
}

export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get("content-length") ?? 0) > LICENCE_RULE.max_bytes + ENVELOPE_BYTES) {
    return invalid({ licence: "licenceSize" })
  }
  const form = await request.formData().catch(() => null)
  if (!form) return answer({ ok: false, error: "rejected", detail: "Send the form as multipart/form-data." })
  const values = Object.fromEntries(
    [...form.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  ) as Record<string, string>
  // The sign-up form has an account section; the correction form is only shown to a signed-in cooperative.
  if ("email" in values) return signUp(values, form)
  const token = await getConsoleToken("cooperative")
  return token ? correct(token, values, form) : answer({ ok: false, error: "signedOut" }, 401)
}

async function signUp(values: Record<string, string>, form: FormData): Promise<Response> {
  const parsed = signUpSchema.safeParse(values)
  const licence = await readLicence(form.get("licence"), true)
  const errors = {
    ...(parsed.success ? {} : fieldErrorsOf(parsed.error.issues)),
    ...(typeof licence === "string" ? { licence } : {}),
  }
  if (!parsed.success || typeof licence === "string" || !licence) return invalid(errors)
  const { email, password, staff_name } = parsed.data
  try {
    // A retry after a refused register (say, a name clash) finds the login already made: sign in with it instead.
    const signUpToken = await registerLogin(email, password).catch(async (error: unknown) => {
      if (!(error instanceof ConsoleApiError) || !/already exists/i.test(error.message)) throw error
      return loginCooperative(email, password).catch(() => {
        throw new ConsoleApiError("Identity with email already exists", 400)
      })
    })
    const licence_url = await uploadLicence(signUpToken, licence[0], licence[1])
    const body = { ...cooperativeBody(parsed.data), licence_url, staff_name }
    // The handle comes from the English name; a taken one gets the credit code's serial part as a suffix.
    await registerCooperative(signUpToken, { ...body, handle: handleFrom(body.name_en) }).catch((error: unknown) => {
      if (!(error instanceof ConsoleApiError) || !/^handle .* is taken/.test(error.message)) throw error
      const suffix = body.credit_code.slice(-5, -1).toLowerCase()
      return registerCooperative(signUpToken, { ...body, handle: handleFrom(body.name_en, suffix) })
    })
    await setConsoleToken("cooperative", await loginCooperative(email, password))
    return answer({ ok: true })
  } catch (error) {
    if (error instanceof ConsoleApiError && /already belongs to a cooperative/i.test(error.message)) {
      return invalid({ email: "emailTaken" })
    }
    return refused(error)
  }
}

async function correct(token: string, values: Record<string, string>, form: FormData): Promise<Response> {
  const parsed = cooperativeFieldsSchema.safeParse(values)
  const licence = await readLicence(form.get("licence"), false)
  const errors = {
    ...(parsed.success ? {} : fieldErrorsOf(parsed.error.issues)),
    ...(typeof licence === "string" ? { licence } : {}),
  }
  if (!parsed.success || typeof licence === "string") return invalid(errors)
  try {
    const licence_url = licence ? await uploadLicence(token, licence[0], licence[1]) : undefined
    await updateCooperativeProfile(token, { ...cooperativeBody(parsed.data), ...(licence_url ? { licence_url } : {}) })
    return answer({ ok: true })
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 401) return answer({ ok: false, error: "signedOut" }, 401)
    return refused(error)
  }
}
