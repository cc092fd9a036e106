// A certificate's document (PDF or photo) from the portal, on its way to the backend's File Module as purpose
// "document". Server actions take 1 MB bodies and documents may be 10 MB, so the browser posts here; the clerk's
// token comes from the httpOnly cookie. The backend checks the file's bytes against UPLOAD_RULES again.
import { UPLOAD_RULES } from "@fengshou/store-contract"
import { getConsoleToken } from "@/lib/console-session"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { uploadFile } from "@/lib/data/cooperative-products"
import { BackendUnavailableError } from "@/lib/medusa"
import { documentTypeOf } from "@/modules/cooperative/components/certificate-document"

const RULES = UPLOAD_RULES.document
const ENVELOPE_BYTES = 64 * 1024

const refuse = (status: number, error: string, message: string) =>
  Response.json({ error, message }, { status, headers: { "cache-control": "no-store" } })

export async function POST(request: Request): Promise<Response> {
  const token = await getConsoleToken("cooperative")
  if (!token) return refuse(401, "signedOut", "Sign in at /portal/cooperative first.")
  if (Number(request.headers.get("content-length") ?? 0) > RULES.max_bytes + ENVELOPE_BYTES) {
    return refuse(413, "fileSize", `A document may be at most ${RULES.max_bytes / 1024 / 1024} MB.`)
  }
  const file = (await request.formData().catch(() => null))?.get("file")
  if (!(file instanceof File) || file.size === 0) return refuse(400, "upload", "Send one document as `file`.")
  if (file.size > RULES.max_bytes) return refuse(413, "fileSize", "The document is too large.")
  const type = documentTypeOf(new Uint8Array(await file.slice(0, 8).arrayBuffer()))
  if (!type) return refuse(400, "fileType", `A document must be ${RULES.mime_types.join(", ")}.`)
  const upstream = new FormData()
  upstream.set("purpose", "document")
  upstream.set("file", new File([file], file.name || "document", { type }))
  try {
    return Response.json(await uploadFile(token, upstream), { headers: { "cache-control": "no-store" } })
  } catch (error) {
    if (error instanceof BackendUnavailableError) return refuse(503, "unavailable", "The backend is not reachable.")
    if (error instanceof ConsoleApiError) {
      return refuse(error.status, error.status === 401 ? "signedOut" : "upload", error.message)
    }
    throw error
  }
}
