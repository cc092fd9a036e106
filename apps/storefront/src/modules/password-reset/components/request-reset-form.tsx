"use client"

import { useLocale, useTranslations } from "next-intl"
import { useState } from "react"
import { Link } from "@/i18n/navigation"
import {
  RESET_FIELD_ERRORS,
  minutesToWait,
  requestResetSchema,
  signInPath,
  type ResetActor,
} from "@/lib/password-reset/schemas"
import { TextField } from "@/modules/common/components/field"
import { FormAlert } from "@/modules/common/components/form-alert"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { requestReset } from "../actions"
import { useResetFieldError } from "./field-error"
import styles from "../password-reset.module.css"

/** An email field; once sent, the same neutral answer whether or not the account exists. */
export function RequestResetForm({ actor }: { actor: ResetActor }) {
  const t = useTranslations("passwordReset")
  const locale = useLocale()
  const [sent, setSent] = useState(false)
  const form = useValidatedForm({
    schema: requestResetSchema,
    submit: (values) => requestReset(actor, locale, values),
    errorKeys: RESET_FIELD_ERRORS,
    onSuccess: () => setSent(true),
  })
  const error = useResetFieldError(form.fieldErrors)
  const failure = form.failure
  const signIn = (
    <p className={styles.links}>
      <Link href={signInPath(actor)}>{t("backToSignIn")}</Link>
    </p>
  )
  if (sent)
    return (
      <div className="card">
        <p role="status">{t("sent")}</p>
        {signIn}
      </div>
    )
  return (
    <form noValidate onSubmit={form.onSubmit} className="card checkout-form" aria-labelledby="reset-request-title">
      <h2 id="reset-request-title">{t("requestTitle")}</h2>
      <p className="muted">{t("requestIntro")}</p>
      <FormAlert>
        {failure && failure.error === "throttled"
          ? t("errors.throttled", { minutes: minutesToWait(failure.retryAfterSeconds ?? 60) })
          : failure?.error === "unavailable" || failure?.error === "rejected"
            ? t(`errors.${failure.error}`)
            : null}
      </FormAlert>
      <TextField
        id="reset-email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        error={error("email")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("sending") : t("send")}
      </button>
      {signIn}
    </form>
  )
}
