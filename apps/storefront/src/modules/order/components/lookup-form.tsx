"use client"

import { useTranslations } from "next-intl"
import { useRouter } from "@/i18n/navigation"
import { TextField } from "@/modules/common/components/field"
import { FormAlert } from "@/modules/common/components/form-alert"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { findOrder } from "../actions"
import { LOOKUP_FIELD_ERRORS, lookupErrorKey, lookupSchema } from "../lookup"

/** Order number and the mobile it ships to; a match opens the order page (the token is now in a cookie). */
export function LookupForm() {
  const t = useTranslations("afterSale.lookup")
  const tError = useTranslations("afterSale.errors")
  const router = useRouter()
  const form = useValidatedForm({
    schema: lookupSchema,
    submit: findOrder,
    errorKeys: LOOKUP_FIELD_ERRORS,
    onSuccess: ({ id }) => router.push(`/order/${id}`),
  })
  const error = (name: string) => {
    const message = form.fieldErrors[name]
    return message ? t(`fieldErrors.${lookupErrorKey(message)}`) : null
  }
  const failure = form.failure
  return (
    <form noValidate onSubmit={form.onSubmit} className="card checkout-form" aria-labelledby="lookup-title">
      <FormAlert>{failure && failure.error !== "invalid" ? tError(failure.error) : null}</FormAlert>
      <TextField
        id="lookup-number"
        name="display_id"
        label={t("orderNumber")}
        hint={t("orderNumberHint")}
        inputMode="numeric"
        autoComplete="off"
        error={error("display_id")}
      />
      <TextField
        id="lookup-phone"
        name="phone"
        type="tel"
        label={t("phone")}
        autoComplete="tel"
        error={error("phone")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("submit")}
      </button>
    </form>
  )
}
