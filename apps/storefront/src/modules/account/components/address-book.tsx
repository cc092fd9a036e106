"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { useRouter } from "@/i18n/navigation"
import { toAddressFormValues, type AddressView } from "@/lib/address/medusa-address"
import { addressSchema } from "@/lib/schemas/address"
import { maskMobile } from "@/lib/schemas/phone"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { AddressFields } from "@/modules/common/components/address-fields"
import { FormAlert } from "@/modules/common/components/form-alert"
import { removeAddress, saveAddress } from "../actions"
import { accountErrorKey } from "./account-error"

export type SavedAddressView = AddressView & { id: string }

export function AddressBook({ addresses }: { addresses: SavedAddressView[] }) {
  const t = useTranslations("account")
  const router = useRouter()
  const [formKey, setFormKey] = useState(0)
  const [removing, startRemoving] = useTransition()
  const form = useValidatedForm({
    schema: addressSchema,
    submit: saveAddress,
    // A fresh, empty form after each save.
    onSuccess: () => (setFormKey((k) => k + 1), router.refresh()),
  })
  return (
    <>
      {addresses.length === 0 ? (
        <p>{t("noAddresses")}</p>
      ) : (
        <ul className="plain-list address-list">
          {addresses.map((address) => (
            <li key={address.id} className="card">
              <p>
                <strong>{address.name}</strong> {maskMobile(address.phone)}
                <br />
                {address.region} {address.street}
              </p>
              <button
                type="button"
                className="link-button"
                disabled={removing}
                aria-label={t("removeAddress", { name: `${address.name} ${address.region}` })}
                onClick={() => startRemoving(async () => (await removeAddress(address.id), router.refresh()))}
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-address" className="card">
        <h2 id="add-address">{t("addAddress")}</h2>
        <form key={formKey} noValidate onSubmit={form.onSubmit} className="checkout-form">
          <FormAlert>
            {form.formError && form.formError !== "invalid" ? t(accountErrorKey(form.formError)) : null}
          </FormAlert>
          <AddressFields idPrefix="book" defaults={toAddressFormValues(null)} errors={form.fieldErrors} />
          <button type="submit" className="button button--block" disabled={form.pending}>
            {form.pending ? t("working") : t("saveAddress")}
          </button>
        </form>
      </section>
    </>
  )
}
