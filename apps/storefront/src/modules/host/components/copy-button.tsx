"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"

/** Copies `text` to the clipboard and says so; where the browser refuses, the text stays selectable beside it. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("host.links")
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle")
  // navigator.clipboard is missing outside secure contexts (plain-HTTP hosts other than localhost).
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setState("copied")
    } catch {
      setState("failed")
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
