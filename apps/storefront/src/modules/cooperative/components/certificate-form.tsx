"use client"

import { UPLOAD_RULES } from "@fengshou/store-contract"
import { useTranslations } from "next-intl"
import { useState, type FormEvent } from "react"
import { useRouter } from "@/i18n/navigation"
import type { CertificateErrorKey } from "@/lib/cooperative/certificate-schema"
import { CERTIFICATION_KINDS } from "@/lib/view/cooperative"
import { FieldShell, SelectField, TextField } from "@/modules/common/components/field"
import { addCertificate } from "../certificate-actions"
import { documentTypeOf } from "./certificate-document"

export type CertificateSubject = { value: string; label: string }

type Failure = { error: CertificateErrorKey; fieldErrors: Record<string, CertificateErrorKey>; detail?: string }

/** Uploads the document through /api/cooperative/documents; its stored URL, or the error key to show. */
async function uploadDocument(file: File): Promise<{ url: string } | { error: CertificateErrorKey }> {
  if (file.size > UPLOAD_RULES.document.max_bytes) return { error: "fileSize" }
  if (!documentTypeOf(new Uint8Array(await file.slice(0, 8).arrayBuffer()))) return { error: "fileType" }
  const form = new FormData()
  form.set("file", file)
  const response = await fetch("/api/cooperative/documents", { method: "POST", body: form }).catch(() => null)
  if (!response) return { error: "unavailable" }
  const body = (await response.json().catch(() => ({}))) as { file?: { url?: string }; error?: string }
  if (response.ok && body.file?.url) return { url: body.file.url }
  const known = ["signedOut", "fileSize", "fileType", "unavailable"] as const
  return { error: known.find((k) => k === body.error) ?? "upload" }
}

/** Adds a certificate to one product or lot: phone-first, native date pickers, the document uploaded first. */
export function CertificateForm({ subjects }: { subjects: CertificateSubject[] }) {
  const t = useTranslations("certificates.portal")
  const tKind = useTranslations("cooperatives")
  const router = useRouter()
  const [pending, setPending] = useState<"upload" | "save" | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [saved, setSaved] = useState(false)
  const fieldError = (field: string) => {
    const key = failure?.fieldErrors[field]
    return key ? t(`errors.${key}`, { detail: "" }) : null
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    const values = Object.fromEntries(
      [...data.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as const] : [])),
    ) as Record<string, string>
    setFailure(null)
    setSaved(false)
    const file = data.get("document")
    if (file instanceof File && file.size > 0) {
      setPending("upload")
      const uploaded = await uploadDocument(file)
      if ("error" in uploaded) {
        setPending(null)
        setFailure({ error: uploaded.error, fieldErrors: { document: uploaded.error } })
        return
      }
      values.documentUrl = uploaded.url
    }
    setPending("save")
    const result = await addCertificate(values)
    setPending(null)
    if (result.ok) {
      form.reset()
      setSaved(true)
      router.refresh()
      return
    }
    setFailure({ error: result.error, fieldErrors: result.fieldErrors ?? {}, detail: result.detail })
    if (result.error === "signedOut") router.refresh()
  }

  return (
    <form noValidate onSubmit={onSubmit} className="card portal-form" aria-labelledby="new-certificate-title">
      <h2 id="new-certificate-title">{t("newTitle")}</h2>
      {failure && (
        <p role="alert" className="field__error">
          {t(`errors.${failure.error}`, { detail: failure.detail ?? "" })}
        </p>
      )}
      {saved && (
        <p role="status" className="muted">
          {t("saved")}
        </p>
      )}
      <SelectField id="certificate-subject" name="subject" label={t("subject")} error={fieldError("subject")}>
        <option value="">{t("chooseSubject")}</option>
        {subjects.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <SelectField id="certificate-kind" name="kind" label={t("kind")} error={fieldError("kind")}>
        {CERTIFICATION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {tKind(`kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="certificate-title" name="titleZh" label={t("titleZh")} error={fieldError("titleZh")} />
      <TextField id="certificate-title-en" name="titleEn" label={t("titleEn")} lang="en" />
      <TextField id="certificate-issuer" name="issuer" label={t("issuer")} error={fieldError("issuer")} />
      <TextField id="certificate-number" name="number" label={t("number")} autoComplete="off" />
      <TextField
        id="certificate-issued"
        name="issuedOn"
        type="date"
        label={t("issuedOn")}
        error={fieldError("issuedOn")}
      />
      <TextField
        id="certificate-expires"
        name="expiresOn"
        type="date"
        label={t("expiresOn")}
        hint={t("expiresHint")}
        error={fieldError("expiresOn")}
      />
      <FieldShell id="certificate-document" label={t("document")} error={fieldError("document")}>
        <input
          id="certificate-document"
          name="document"
          type="file"
          accept={UPLOAD_RULES.document.mime_types.join(",")}
          className="field__control"
          aria-invalid={fieldError("document") ? true : undefined}
          aria-describedby={fieldError("document") ? "certificate-document-error" : undefined}
        />
      </FieldShell>
      <button type="submit" className="button button--block" disabled={pending !== null}>
        {pending === "upload" ? t("uploading") : pending === "save" ? t("working") : t("submit")}
      </button>
    </form>
  )
}
