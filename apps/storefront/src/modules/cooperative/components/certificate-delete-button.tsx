"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { useRouter } from "@/i18n/navigation"
import { removeCertificate } from "../certificate-actions"

/** Deletes one certificate after a confirmation; the list is read again from the server. */
export function CertificateDeleteButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations("certificates.portal")
  const router = useRouter()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function onClick() {
    if (!window.confirm(`${t("deleteConfirm")}\n${title}`)) return
    setPending(true)
    const result = await removeCertificate(id)
    setPending(false)
    if (result.ok || result.error === "signedOut") return router.refresh()
    setError(t(`errors.${result.error}`, { detail: result.detail ?? "" }))
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={onClick}
        disabled={pending}
        aria-label={`${t("delete")} ${title}`}
      >
        {t("delete")}
      </button>
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
    </>
  )
}
