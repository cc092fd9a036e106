// The signed-in cooperative's certificates: its own, its products' and its lots'.
import "server-only"
import { CertificationSchema, type Certification } from "@fengshou/store-contract"
import { z } from "zod"
import { consoleFetch } from "./console-fetch"
import { fromBackend } from "./parse-contract"

// The contract has CertificationSchema but no envelope for these two routes yet (reported); built from it here.
const ListSchema = z.object({ certifications: z.array(CertificationSchema) })
const OneSchema = z.object({ certification: CertificationSchema })

/** What the portal's form sends: one product or one lot, dates as YYYY-MM-DD, the document's stored URL. */
export type NewCertificate = {
  product_id?: string
  lot_id?: string
  kind: string
  title_zh: string
  title_en?: string
  issuer?: string
  number?: string
  issued_on?: string
  expires_on?: string
  document_url?: string
}

export async function listCertificates(token: string): Promise<Certification[]> {
  const body = await consoleFetch<unknown>("/cooperative/me/certifications", token)
  return fromBackend(ListSchema, body, "GET /cooperative/me/certifications").certifications
}

export async function createCertificate(token: string, certificate: NewCertificate): Promise<Certification> {
  const body = await consoleFetch<unknown>("/cooperative/me/certifications", token, {
    method: "POST",
    body: certificate,
  })
  return fromBackend(OneSchema, body, "POST /cooperative/me/certifications").certification
}

export async function deleteCertificate(token: string, id: string): Promise<void> {
  await consoleFetch<unknown>(`/cooperative/me/certifications/${encodeURIComponent(id)}`, token, { method: "DELETE" })
}
