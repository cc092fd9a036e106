"use client"

import { useTranslations } from "next-intl"
import { portalLoginSchema } from "@/lib/cooperative/schemas"
import { TextField } from "@/modules/common/components/field"
import { signInCooperative } from "../actions"
import { PortalAlert, useFieldError } from "./form-parts"
import { usePortalForm } from "./use-portal-form"

/** Staff sign-in; on success the page re-renders with the cooperative's data. */
export function LoginForm() {
  const t = useTranslations("portal")
  const form = usePortalForm(portalLoginSchema, signInCooperative)
  const error = useFieldError(form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="portal-login-title">
      <h2 id="portal-login-title">{t("login.title")}</h2>
      <PortalAlert failure={form.failure} />
      <TextField id="portal-email" name="email" type="email" label={t("login.email")} autoComplete="username" error={error("email")} />
      <TextField id="portal-password" name="password" type="password" label={t("login.password")} autoComplete="current-password" error={error("password")} />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("login.submit")}
      </button>
    </form>
  )
}
