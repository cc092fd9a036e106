"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { Link } from "@/i18n/navigation"
import {
  RESET_FIELD_ERRORS,
  forgotPasswordPath,
  newPasswordSchema,
  signInPath,
  type ResetActor,
} from "@/lib/password-reset/schemas"
import { TextField } from "@/modules/common/components/field"
import { FormAlert } from "@/modules/common/components/form-alert"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { resetPassword } from "../actions"
import { useResetFieldError } from "./field-error"
import styles from "../password-reset.module.css"

/** The new password twice; then a way to sign in with it, or (token expired or used) a way to ask again. */
export function NewPasswordForm({ actor, token }: { actor: ResetActor; token: string }) {
  const t = useTranslations("passwordReset")
  const [done, setDone] = useState(false)
  const form = useValidatedForm({
    schema: newPasswordSchema,
    submit: (values) => resetPassword(actor, token, values),
    errorKeys: RESET_FIELD_ERRORS,
    onSuccess: () => setDone(true),
  })
  const error = useResetFieldError(form.fieldErrors)
  if (done)
    return (
      <div className="card">
        <p role="status">{t("done")}</p>
        <p className={styles.links}>
          <Link href={signInPath(actor)} className="button">
            {t("signIn")}
          </Link>
        </p>
      </div>
    )
  if (form.formError === "expired") return <ExpiredLink actor={actor} />
  return (
    <form noValidate onSubmit={form.onSubmit} className="card checkout-form" aria-labelledby="reset-title">
      <h2 id="reset-title">{t("resetTitle")}</h2>
      <FormAlert>
        {form.formError === "unavailable" || form.formError === "rejected" ? t(`errors.${form.formError}`) : null}
      </FormAlert>
      <TextField
        id="reset-password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        error={error("password")}
      />
      <TextField
        id="reset-confirm"
        name="confirm"
        type="password"
        label={t("confirm")}
        autoComplete="new-password"
        error={error("confirm")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("saving") : t("save")}
      </button>
    </form>
  )
}

/** A link that no longer works (expired, used, or none in the address): say so and offer a new one. */
export function ExpiredLink({ actor }: { actor: ResetActor }) {
  const t = useTranslations("passwordReset")
  return (
    <div className="card" role="alert">
      <p>{t("errors.expired")}</p>
      <p className={styles.links}>
        <Link href={forgotPasswordPath(actor)} className="button">
          {t("askAgain")}
        </Link>
      </p>
    </div>
  )
}
