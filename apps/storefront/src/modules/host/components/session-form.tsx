"use client"

import { LIVE_PLATFORMS } from "@fengshou/live-contract"
import { useTranslations } from "next-intl"
import { useRouter } from "@/i18n/navigation"
import { sessionSchema } from "@/lib/host/schemas"
import { SelectField, TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { createLiveSession } from "../actions"

/** Plan a session: title, platform and start (China time); on success the session's page opens to add products. */
export function SessionForm({ defaultStart }: { defaultStart: string }) {
  const t = useTranslations("host.sessions")
  const tPlatforms = useTranslations("live.platforms")
  const router = useRouter()
  const form = useConsoleForm("host", sessionSchema, createLiveSession, {
    onSuccess: (id) => id && router.push(`/portal/host/sessions/${encodeURIComponent(id)}`),
  })
  const error = useConsoleFieldError("host", form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="new-session-title">
      <h2 id="new-session-title">{t("newTitle")}</h2>
      <ConsoleAlert actor="host" failure={form.failure} />
      <TextField
        id="session-title"
        name="title"
        label={t("title")}
        hint={t("titleHint")}
        autoComplete="off"
        error={error("title")}
      />
      <SelectField id="session-platform" name="platform" label={t("platform")} error={error("platform")}>
        {LIVE_PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {tPlatforms(p)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="session-start"
        name="startsAt"
        type="datetime-local"
        label={t("startsAt")}
        hint={t("startsAtHint")}
        defaultValue={defaultStart}
        error={error("startsAt")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("submit")}
      </button>
    </form>
  )
}
