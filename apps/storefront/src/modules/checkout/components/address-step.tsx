"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { useRouter } from "@/i18n/navigation"
import type { AddressFormValues, AddressView, SavedAddressOption } from "@/lib/address/medusa-address"
import { checkoutAddressSchema } from "@/lib/schemas/address"
import { maskMobile } from "@/lib/schemas/phone"
import { TextField } from "@/modules/common/components/field"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { saveCheckoutAddress } from "../actions"
import { AddressFields } from "@/modules/common/components/address-fields"
import { FormAlert } from "@/modules/common/components/form-alert"
import { errorMessageKey } from "./error-keys"

type Props = {
  saved: AddressView | null
  defaults: AddressFormValues
  savedAddresses: SavedAddressOption[]
  /** Guests may leave an e-mail for the confirmation; signed-in shoppers have one on their account. */
  askEmail: boolean
  defaultEmail: string
}

export function AddressStep({ saved, defaults, savedAddresses, askEmail, defaultEmail }: Props) {
  const t = useTranslations("checkout")
  const tError = useTranslations("fieldErrors")
  const router = useRouter()
  const [editing, setEditing] = useState(saved === null)
  const [values, setValues] = useState({ key: "initial", defaults })
  const form = useValidatedForm({
    schema: checkoutAddressSchema,
    submit: saveCheckoutAddress,
    // The page reads the steps again, and the cart with them (its summary hands it to the cart store: shipping may
    // have changed with the address).
    onSuccess: () => (setEditing(false), router.refresh()),
  })
  const errorCount = Object.keys(form.fieldErrors).length

  if (saved && !editing) {
    return (
      <div className="step-summary">
        <p>
          <strong>{saved.name}</strong> {maskMobile(saved.phone)}
          <br />
          {saved.region} {saved.street}
        </p>
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t("edit")}
        </button>
      </div>
    )
  }
  return (
    <form noValidate onSubmit={form.onSubmit} aria-describedby="address-alert" className="checkout-form">
      <div id="address-alert">
        <FormAlert>
          {errorCount > 0
            ? t("errorSummary", { count: errorCount })
            : form.formError && form.formError !== "invalid"
              ? t(errorMessageKey(form.formError))
              : null}
        </FormAlert>
      </div>
      {savedAddresses.length > 0 && (
        <label className="field">
          <span className="field__label">{t("savedAddresses")}</span>
          <select
            className="field__control"
            defaultValue=""
            onChange={(event) => {
              const chosen = savedAddresses.find((a) => a.id === event.target.value)
              if (chosen) setValues({ key: chosen.id, defaults: chosen.values })
            }}
          >
            <option value="">{t("choose")}</option>
            {savedAddresses.map((address) => (
              <option key={address.id} value={address.id}>
                {address.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {/* Remounting with a new key refills every field from the chosen saved address. */}
      <AddressFields key={values.key} idPrefix="shipping" defaults={values.defaults} errors={form.fieldErrors} />
      {askEmail && (
        <TextField
          id="shipping-email"
          name="email"
          type="email"
          label={t("email")}
          hint={t("emailHint")}
          autoComplete="email"
          defaultValue={defaultEmail}
          error={form.fieldErrors.email ? tError(form.fieldErrors.email) : null}
        />
      )}
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("saving") : t("saveAddress")}
      </button>
    </form>
  )
}
