"use server"
// The portal's certificate writes, with the clerk's token from the httpOnly cookie. The document is uploaded first
// through /api/cooperative/documents (server actions take 1 MB bodies); this receives only its URL.
import { updateTag } from "next/cache"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { getConsoleToken } from "@/lib/console-session"
import {
  certificateFieldErrors,
  certificateFormSchema,
  type CertificateErrorKey,
} from "@/lib/cooperative/certificate-schema"
import { ConsoleApiError } from "@/lib/data/console-fetch"
import { createCertificate, deleteCertificate } from "@/lib/data/cooperative-certificates"
import { BackendUnavailableError } from "@/lib/medusa"

export type CertificateResult =
  | { ok: true }
  | { ok: false; error: CertificateErrorKey; fieldErrors?: Record<string, CertificateErrorKey>; detail?: string }

// Product and trace pages show certificates with their validity: drop their cached copies at once.
function refreshPublicPages() {
  updateTag(CACHE_TAGS.products)
  updateTag(CACHE_TAGS.traces)
  updateTag(CACHE_TAGS.cooperatives)
}

function failed(error: unknown): CertificateResult {
  if (error instanceof BackendUnavailableError) return { ok: false, error: "unavailable" }
  if (error instanceof ConsoleApiError) {
    if (error.status === 401) return { ok: false, error: "signedOut" }
    if (error.status === 404) return { ok: false, error: "notFound" }
    return { ok: false, error: "rejected", detail: error.message }
  }
  console.warn("[storefront] cooperative certificate write failed:", error instanceof Error ? error.message : error)
  return { ok: false, error: "rejected", detail: "" }
}

export async function addCertificate(values: Record<string, string>): Promise<CertificateResult> {
  const parsed = certificateFormSchema.safeParse(values)
  if (!parsed.success) {
    const fieldErrors = certificateFieldErrors(parsed.error.issues)
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "rejected", fieldErrors }
  }
  const token = await getConsoleToken("cooperative")
  if (!token) return { ok: false, error: "signedOut" }
  try {
    await createCertificate(token, parsed.data)
  } catch (error) {
    return failed(error)
  }
  refreshPublicPages()
  return { ok: true }
}

export async function removeCertificate(id: string): Promise<CertificateResult> {
  const token = await getConsoleToken("cooperative")
  if (!token) return { ok: false, error: "signedOut" }
  try {
    await deleteCertificate(token, id)
  } catch (error) {
    return failed(error)
  }
  refreshPublicPages()
  return { ok: true }
}
