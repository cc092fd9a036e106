"use client"

import { useLocale, useTranslations } from "next-intl"
import type { Locale } from "@/i18n/routing"
import type { ExpressForm as ExpressFormProps } from "@/lib/live/express"
import { checkoutAddressSchema, expressAddressSchema } from "@/lib/schemas/address"
import { AddressFields } from "@/modules/common/components/address-fields"
import { TextField } from "@/modules/common/components/field"
import { FormAlert } from "@/modules/common/components/form-alert"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { expressCheckout, type ExpressError } from "../actions"

// Errors the express form words itself; the rest are the live cart's (live.errors).
type Own = "failed" | "cartInUse"
const isOwn = (error: Exclude<ExpressError, "invalid">): error is Own => error === "failed" || error === "cartInUse"

/**
 * One step from the held units to the payment (the express path): where to send them, then the checkout page opens
 * with address and shipping done and only the payment to give. Sold out, over the limit or ended shows here.
 */
export function ExpressForm({ code, askEmail, defaults }: ExpressFormProps & { code: string }) {
  const t = useTranslations("live.express")
  const tLive = useTranslations("live.errors")
  const tCheckout = useTranslations("checkout")
  const tError = useTranslations("fieldErrors")
  const locale = useLocale() as Locale
  const form = useValidatedForm({
    schema: askEmail ? expressAddressSchema : checkoutAddressSchema,
    // On success the action answers with the checkout page itself (a redirect), read with the new cart.
    submit: (values) => expressCheckout({ code, locale }, values),
  })
  const errorCount = Object.keys(form.fieldErrors).length
  const error = form.failure?.error
  const failure = error && error !== "invalid" ? error : null
  return (
    <section className="live-express" aria-labelledby="express-title">
      <h2 id="express-title">{t("title")}</h2>
      <p className="muted">{t("body")}</p>
      <form noValidate onSubmit={form.onSubmit} aria-describedby="express-alert" className="checkout-form">
        <div id="express-alert">
          <FormAlert>
            {errorCount > 0
              ? tCheckout("errorSummary", { count: errorCount })
              : failure && (isOwn(failure) ? t(failure) : tLive(failure))}
          </FormAlert>
        </div>
        <AddressFields idPrefix="express" defaults={defaults} errors={form.fieldErrors} />
        {askEmail && (
          <TextField
            id="express-email"
            name="email"
            type="email"
            label={t("email")}
            hint={tCheckout("emailHint")}
            autoComplete="email"
            error={form.fieldErrors.email ? tError(form.fieldErrors.email) : null}
          />
        )}
        <button type="submit" className="button button--block" disabled={form.pending}>
          {form.pending ? t("pending") : t("submit")}
        </button>
      </form>
    </section>
  )
}
