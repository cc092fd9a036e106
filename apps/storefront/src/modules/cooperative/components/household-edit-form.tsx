"use client"

import { useTranslations } from "next-intl"
import type { CooperativeHousehold } from "@/lib/data/cooperative-households"
import { HOUSEHOLD_STATUSES, householdEditSchema } from "@/lib/cooperative/schemas"
import { SelectField, TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { saveHousehold } from "../actions"

/** Edits a household's persons and status, and sets its name or ID number (blank leaves them as they are). */
export function HouseholdEditForm({ household }: { household: CooperativeHousehold }) {
  const t = useTranslations("portal.households")
  const tp = useTranslations("portal")
  const form = useConsoleForm("cooperative", householdEditSchema, saveHousehold, { reset: false })
  const error = useConsoleFieldError("cooperative", form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="card portal-form" aria-labelledby="edit-household-title">
      <h2 id="edit-household-title">{t("editTitle")}</h2>
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="householdId" value={household.id} />
      <SelectField
        id="edit-household-status"
        name="status"
        label={t("status")}
        defaultValue={household.status}
        error={error("status")}
      >
        {HOUSEHOLD_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="edit-household-size"
        name="size"
        inputMode="numeric"
        label={t("size")}
        defaultValue={String(household.size)}
        error={error("size")}
      />
      <TextField
        id="edit-household-name"
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        defaultValue={household.name ?? ""}
        error={error("name")}
      />
      <TextField
        id="edit-household-id-number"
        name="idNumber"
        autoComplete="off"
        label={t("idNumber")}
        hint={household.has_id_number ? t("idNumberReplaceHint") : t("idNumberHint")}
        error={error("idNumber")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? tp("working") : t("save")}
      </button>
    </form>
  )
}
