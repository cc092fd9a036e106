"use client"

import { useTranslations } from "next-intl"
import { contributionSchema } from "@/lib/cooperative/schemas"
import { SelectField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { addContribution } from "../actions"
import { AmountField } from "./amount-field"
import { useUnits } from "./units"

export type HouseholdOption = { id: string; label: string }

/** One household's contribution to a lot: grams supplied and the farmgate price paid (stored as fen/kg). */
export function ContributionForm({ lotId, households }: { lotId: string; households: HouseholdOption[] }) {
  const t = useTranslations("portal.contributions")
  const tp = useTranslations("portal")
  const form = useConsoleForm("cooperative", contributionSchema, addContribution)
  const error = useConsoleFieldError("cooperative", form.fieldErrors)
  const units = useUnits()
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="add-contribution-title">
      <h2 id="add-contribution-title">{t("addTitle")}</h2>
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="lotId" value={lotId} />
      <SelectField id="contribution-household" name="householdId" label={t("household")} error={error("householdId")}>
        <option value="">{t("choose")}</option>
        {households.map((h) => (
          <option key={h.id} value={h.id}>
            {h.label}
          </option>
        ))}
      </SelectField>
      <AmountField
        id="contribution-quantity"
        name="quantity"
        unitName="unit"
        label={t("quantity")}
        units={units.weight}
        error={error("quantity")}
      />
      <AmountField
        id="contribution-price"
        name="price"
        unitName="priceUnit"
        label={t("price")}
        units={units.price}
        error={error("price")}
      />
      <button type="submit" className="button button--block" disabled={form.pending || households.length === 0}>
        {form.pending ? tp("working") : t("submit")}
      </button>
    </form>
  )
}
