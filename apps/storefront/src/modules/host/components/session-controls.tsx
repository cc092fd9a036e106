"use client"

import type { SessionStatus } from "@fengshou/live-contract"
import { useTranslations } from "next-intl"
import { sessionRefSchema } from "@/lib/host/schemas"
import { ConsoleAlert } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { endLiveSession, startLiveSession } from "../actions"

/** Start a scheduled session (its live prices open), or end a live one (they close; links stop selling). */
export function SessionControls({ sessionId, status }: { sessionId: string; status: SessionStatus }) {
  const t = useTranslations("host.session")
  const start = useConsoleForm("host", sessionRefSchema, startLiveSession)
  const end = useConsoleForm("host", sessionRefSchema, endLiveSession)
  if (status === "ended") return null
  const form = status === "scheduled" ? start : end
  return (
    <form
      onSubmit={(event) => {
        // Ending cannot be undone: the live prices stop for every shopper at once.
        if (status === "live" && !window.confirm(t("confirmEnd"))) return event.preventDefault()
        form.onSubmit(event)
      }}
      className="host-controls"
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <ConsoleAlert actor="host" failure={form.failure} />
      <button
        type="submit"
        className={status === "live" ? "button button--secondary" : "button"}
        disabled={form.pending}
      >
        {form.pending ? t("working") : status === "scheduled" ? t("start") : t("end")}
      </button>
    </form>
  )
}
