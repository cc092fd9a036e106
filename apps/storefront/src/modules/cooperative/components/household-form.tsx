"use client"

import { useTranslations } from "next-intl"
import { HOUSEHOLD_STATUSES, householdSchema } from "@/lib/cooperative/schemas"
import { SelectField, TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { addHousehold } from "../actions"

/** Adds a household to the roster: a pseudonymous code, never a name, identifies it outside this portal. */
export function HouseholdForm({ villageCode }: { villageCode: string }) {
  const t = useTranslations("portal.households")
  const tp = useTranslations("portal")
  const form = useConsoleForm("cooperative", householdSchema, addHousehold)
  const error = useConsoleFieldError("cooperative", form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="new-household-title">
      <h2 id="new-household-title">{t("newTitle")}</h2>
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <TextField
        id="household-code"
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        autoCapitalize="characters"
        error={error("code")}
      />
      <SelectField id="household-status" name="status" label={t("status")} error={error("status")}>
        {HOUSEHOLD_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="household-size" name="size" inputMode="numeric" label={t("size")} error={error("size")} />
      <TextField
        id="household-village"
        name="villageCode"
        inputMode="numeric"
        label={t("villageCode")}
        defaultValue={villageCode}
        error={error("villageCode")}
      />
      <TextField id="household-name" name="name" label={t("name")} hint={t("nameHint")} error={error("name")} />
      <TextField
        id="household-id-number"
        name="idNumber"
        inputMode="text"
        autoComplete="off"
        label={t("idNumber")}
        hint={t("idNumberHint")}
        error={error("idNumber")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? tp("working") : t("submit")}
      </button>
    </form>
  )
}
