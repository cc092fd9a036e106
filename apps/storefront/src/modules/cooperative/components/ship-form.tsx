"use client"

import { CARRIER_CODES, CARRIERS } from "@fengshou/store-contract"
import { useLocale, useTranslations } from "next-intl"
import { shipmentSchema } from "@/lib/cooperative/after-sale-schemas"
import { SelectField, TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { markShipped } from "../actions"
import { useShowHandled } from "./use-show-handled"

/** Marks the cooperative's remaining items of one order shipped, with a carrier from the fixed list and the tracking number. */
export function ShipForm({ orderId }: { orderId: string }) {
  const t = useTranslations("cooperativeAfterSale.ship")
  const tp = useTranslations("portal")
  const language = useLocale() === "en" ? "en" : "zh"
  const showHandled = useShowHandled()
  const form = useConsoleForm("cooperative", shipmentSchema, markShipped, { onSuccess: showHandled })
  const error = useConsoleFieldError("cooperative", form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="portal-form portal-ship">
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="orderId" value={orderId} />
      <SelectField id={`carrier-${orderId}`} name="carrier" label={t("carrier")} error={error("carrier")}>
        <option value="">{t("chooseCarrier")}</option>
        {CARRIER_CODES.map((code) => (
          <option key={code} value={code}>
            {CARRIERS[code][language]}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`tracking-${orderId}`}
        name="trackingNumber"
        label={t("trackingNumber")}
        autoComplete="off"
        autoCapitalize="characters"
        error={error("trackingNumber")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? tp("working") : t("submit")}
      </button>
    </form>
  )
}
