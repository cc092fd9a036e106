"use client"

import { useTranslations } from "next-intl"
import { portalLoginSchema } from "@/lib/cooperative/schemas"
import { TextField } from "@/modules/common/components/field"
import { PortalAlert, useFieldError } from "@/modules/cooperative/components/form-parts"
import { usePortalForm } from "@/modules/cooperative/components/use-portal-form"
import { signInOfficial } from "../actions"

/** An official's sign-in; on success the page re-renders with the dashboard. */
export function OfficialLoginForm() {
  const t = useTranslations("official.login")
  const form = usePortalForm(portalLoginSchema, signInOfficial)
  const error = useFieldError(form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="official-login-title">
      <h2 id="official-login-title">{t("title")}</h2>
      <PortalAlert failure={form.failure} />
      <TextField id="official-email" name="email" type="email" label={t("email")} autoComplete="username" error={error("email")} />
      <TextField id="official-password" name="password" type="password" label={t("password")} autoComplete="current-password" error={error("password")} />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("submit")}
      </button>
    </form>
  )
}
