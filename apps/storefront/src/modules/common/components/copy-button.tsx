"use client"

import { useState } from "react"

export interface CopyWords {
  /** The button's text. */
  copy: string
  /** Said once the text is on the clipboard. */
  copied: string
  /** Said where the browser refuses; the text stays selectable beside the button. */
  failed: string
}

/** Copies `text` to the clipboard and says so (a cart link for a host, a tracking number for a shopper). */
export function CopyButton({ text, label, words }: { text: string; label: string; words: CopyWords }) {
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
        {words.copy}
      </button>
      <span role="status" className="muted">
        {state === "idle" ? "" : words[state]}
      </span>
    </>
  )
}
