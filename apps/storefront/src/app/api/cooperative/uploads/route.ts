// A product photo from the portal's editor, on its way to the backend's File Module. Server actions take 1 MB bodies,
// photos are bigger, so the browser posts here; this checks type and size first (the contract's UPLOAD_RULES, on the
// file's first bytes as well as its declared type), then forwards the multipart body with the clerk's token from
// the httpOnly cookie. Errors answer a code the editor shows in the portal's language, and the reason in English.
import { getConsoleToken } from "@/lib/console-session"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { uploadFile } from "@/lib/data/cooperative-products"
import { BackendUnavailableError } from "@/lib/medusa"
import {
  PHOTO_RULES as RULES,
  sniffImageType,
  type UploadAnswer,
  type UploadErrorCode,
} from "@/modules/cooperative/components/product-editor/photo-upload"

// The multipart envelope around the file: boundaries, headers and the purpose field.
const ENVELOPE_BYTES = 64 * 1024

const refuse = (status: number, error: UploadErrorCode, message: string) =>
  Response.json({ error, message } satisfies UploadAnswer, { status, headers: { "cache-control": "no-store" } })

export async function POST(request: Request): Promise<Response> {
  const token = await getConsoleToken("cooperative")
  if (!token) return refuse(401, "signedOut", "Sign in at /portal/cooperative first.")
  const declared = Number(request.headers.get("content-length") ?? 0)
  if (declared > RULES.max_bytes + ENVELOPE_BYTES) return refuse(413, "photoSize", tooBig())
  const form = await request.formData().catch(() => null)
  const file = form?.get("file")
  if (!(file instanceof File) || file.size === 0) return refuse(400, "photoMissing", "Send one photo as `file`.")
  if (file.size > RULES.max_bytes) return refuse(413, "photoSize", tooBig())
  const sniffed = sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()))
  if (!sniffed || !RULES.mime_types.includes(sniffed) || (file.type && file.type !== sniffed)) {
    return refuse(400, "photoType", `A photo must be ${RULES.mime_types.join(", ")}; this file is not.`)
  }
  const upstream = new FormData()
  upstream.set("purpose", "photo")
  upstream.set("file", new File([file], file.name || "photo", { type: sniffed }))
  try {
    return Response.json(await uploadFile(token, upstream), { headers: { "cache-control": "no-store" } })
  } catch (error) {
    if (error instanceof BackendUnavailableError) return refuse(503, "unavailable", "The backend is not reachable.")
    if (error instanceof ConsoleApiError) {
      if (error.status === 401) return refuse(401, "signedOut", error.message)
      return refuse(error.status, "rejected", error.message)
    }
    throw error
  }
}

const tooBig = () => `A photo may be at most ${RULES.max_bytes / 1024 / 1024} MB.`
