"use client"

import { useTranslations } from "next-intl"
import { useRouter } from "@/i18n/navigation"
import { lotSchema } from "@/lib/cooperative/schemas"
import { SelectField, TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { recordLot } from "../actions"
import { AmountField } from "./amount-field"
import { useUnits } from "./units"

export type VariantOption = { id: string; label: string }

/** Records a harvest lot of one of the cooperative's sizes, then opens it to add households. */
export function LotForm({ variants, today }: { variants: VariantOption[]; today: string }) {
  const t = useTranslations("portal.lots")
  const tp = useTranslations("portal")
  const router = useRouter()
  const form = useConsoleForm("cooperative", lotSchema, recordLot, {
    onSuccess: (id) => {
      router.refresh()
      if (id) router.push(`/portal/cooperative/lots/${id}`)
    },
  })
  const error = useConsoleFieldError("cooperative", form.fieldErrors)
  const units = useUnits()
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="new-lot-title">
      <h2 id="new-lot-title">{t("newTitle")}</h2>
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <SelectField id="lot-variant" name="variantId" label={t("variant")} error={error("variantId")}>
        {variants.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </SelectField>
      <TextField
        id="lot-harvest"
        name="harvestDate"
        type="date"
        label={t("harvestDate")}
        defaultValue={today}
        max={today}
        error={error("harvestDate")}
      />
      <AmountField
        id="lot-quantity"
        name="quantity"
        unitName="unit"
        label={t("quantity")}
        units={units.weight}
        error={error("quantity")}
      />
      <fieldset className="portal-fieldset">
        <legend>{t("certificate")}</legend>
        <TextField id="lot-cert-product" name="certProduct" label={t("certProduct")} error={error("certProduct")} />
        <TextField id="lot-cert-producer" name="certProducer" label={t("certProducer")} error={error("certProducer")} />
        <TextField id="lot-cert-origin" name="certOrigin" label={t("certOrigin")} error={error("certOrigin")} />
      </fieldset>
      <button type="submit" className="button button--block" disabled={form.pending || variants.length === 0}>
        {form.pending ? tp("working") : t("submit")}
      </button>
    </form>
  )
}
