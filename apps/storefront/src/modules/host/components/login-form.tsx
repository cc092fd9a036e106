"use client"

import { useTranslations } from "next-intl"
import { hostLoginSchema } from "@/lib/host/schemas"
import { TextField } from "@/modules/common/components/field"
import { signInHost } from "../actions"
import { HostAlert, useHostFieldError } from "./host-alert"
import { useHostForm } from "./use-host-form"

/** A host's sign-in; on success the page re-renders with their sessions. */
export function HostLoginForm() {
  const t = useTranslations("host.login")
  const form = useHostForm(hostLoginSchema, signInHost)
  const error = useHostFieldError(form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="host-login-title">
      <h2 id="host-login-title">{t("title")}</h2>
      <HostAlert failure={form.failure} />
      <TextField id="host-email" name="email" type="email" label={t("email")} autoComplete="username" error={error("email")} />
      <TextField id="host-password" name="password" type="password" label={t("password")} autoComplete="current-password" error={error("password")} />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("submit")}
      </button>
    </form>
  )
}
