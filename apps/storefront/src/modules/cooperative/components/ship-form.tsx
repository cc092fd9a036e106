"use client"

import { useTranslations } from "next-intl"
import { shipSchema } from "@/lib/cooperative/schemas"
import { TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { markShipped } from "../actions"

/** Marks the cooperative's remaining items of one order shipped, with carrier and tracking number. */
export function ShipForm({ orderId }: { orderId: string }) {
  const t = useTranslations("portal.orders")
  const tp = useTranslations("portal")
  const form = useConsoleForm("cooperative", shipSchema, markShipped)
  const error = useConsoleFieldError("cooperative", form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="portal-form portal-ship">
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="orderId" value={orderId} />
      <TextField
        id={`carrier-${orderId}`}
        name="carrier"
        label={t("carrier")}
        list="portal-carriers"
        error={error("carrier")}
      />
      <TextField
        id={`tracking-${orderId}`}
        name="trackingNumber"
        label={t("trackingNumber")}
        autoComplete="off"
        error={error("trackingNumber")}
      />
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? tp("working") : t("markShipped")}
      </button>
    </form>
  )
}
