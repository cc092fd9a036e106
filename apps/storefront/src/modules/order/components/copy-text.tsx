"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

/** A copy button beside text that stays selectable (navigator.clipboard is missing on plain-HTTP hosts). */
export function CopyText({ text, label }: { text: string; label: string }) {
  const t = useTranslations("afterSale.shipments")
  const [state, setState] = useState<"idle" | "copied" | "copyFailed">("idle")
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setState("copied")
    } catch {
      setState("copyFailed")
    }
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={copy} aria-label={label}>
        {t("copy")}
      </button>
      <span role="status" className="muted">
        {state === "idle" ? "" : t(state)}
      </span>
    </>
  )
}
