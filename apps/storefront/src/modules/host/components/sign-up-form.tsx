"use client"

import { LIVE_PLATFORMS } from "@fengshou/live-contract"
import { useTranslations } from "next-intl"
import { useRouter } from "@/i18n/navigation"
import { hostSignUpSchema } from "@/lib/host/schemas"
import { SelectField, TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { signUpAsHost } from "../actions"

/** Sign-up: a login, the name viewers know and one platform account; it ends on the console's "waiting for approval". */
export function HostSignUpForm() {
  const t = useTranslations("host.signUp")
  const tPlatforms = useTranslations("live.platforms")
  const router = useRouter()
  const form = useConsoleForm("host", hostSignUpSchema, signUpAsHost, {
    onSuccess: () => (router.push("/portal/host"), router.refresh()),
  })
  const error = useConsoleFieldError("host", form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="host-signup-title">
      <h2 id="host-signup-title">{t("title")}</h2>
      <ConsoleAlert actor="host" failure={form.failure} />
      <TextField
        id="signup-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        error={error("email")}
      />
      <TextField
        id="signup-password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        error={error("password")}
      />
      <TextField
        id="signup-name"
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        autoComplete="nickname"
        error={error("name")}
      />
      <SelectField id="signup-platform" name="platform" label={t("platform")} error={error("platform")}>
        {LIVE_PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {tPlatforms(p)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="signup-handle"
        name="handle"
        label={t("handle")}
        hint={t("handleHint")}
        autoComplete="off"
        error={error("handle")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("submit")}
      </button>
    </form>
  )
}
