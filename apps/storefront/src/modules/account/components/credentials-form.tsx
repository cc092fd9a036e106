"use client"

import { useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { useRouter } from "@/i18n/navigation"
import { loginSchema, registerSchema } from "@/lib/schemas/account"
import { TextField } from "@/modules/common/components/field"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { useCartStore } from "@/modules/cart/hooks/use-cart"
import { FormAlert } from "@/modules/common/components/form-alert"
import { registerCustomer, signInCustomer } from "../actions"
import { accountErrorKey } from "./account-error"

/** Sign-in or registration; on success the page re-renders signed in and the cart (now the customer's) is re-read. */
export function CredentialsForm({ mode, footer }: { mode: "signIn" | "register"; footer?: ReactNode }) {
  const t = useTranslations("account")
  const tError = useTranslations("fieldErrors")
  const router = useRouter()
  const cart = useCartStore()
  const form = useValidatedForm({
    schema: mode === "register" ? registerSchema : loginSchema,
    submit: mode === "register" ? registerCustomer : signInCustomer,
    onSuccess: () => {
      void cart.refresh()
      router.refresh()
    },
  })
  const id = (name: string) => `${mode}-${name}`
  const error = (name: string) => (form.fieldErrors[name] ? tError(form.fieldErrors[name]) : null)
  const titleId = `${mode}-title`
  return (
    <section aria-labelledby={titleId} className="card">
      <h2 id={titleId}>{mode === "register" ? t("registerTitle") : t("signInTitle")}</h2>
      <form noValidate onSubmit={form.onSubmit} className="checkout-form">
        <FormAlert>
          {form.formError && form.formError !== "invalid" ? t(accountErrorKey(form.formError)) : null}
        </FormAlert>
        {mode === "register" && (
          <TextField id={id("name")} name="name" label={t("name")} autoComplete="name" error={error("name")} />
        )}
        <TextField
          id={id("email")}
          name="email"
          type="email"
          label={t("email")}
          autoComplete="email"
          error={error("email")}
        />
        <TextField
          id={id("password")}
          name="password"
          type="password"
          label={t("password")}
          hint={mode === "register" ? t("passwordHint") : null}
          autoComplete={mode === "register" ? "new-password" : "current-password"}
          error={error("password")}
        />
        <button type="submit" className="button button--block" disabled={form.pending}>
          {form.pending ? t("working") : mode === "register" ? t("register") : t("signIn")}
        </button>
        {footer}
      </form>
    </section>
  )
}
