"use client"

import { useTranslations } from "next-intl"
import { deliverSchema } from "@/lib/cooperative/after-sale-schemas"
import { ConsoleAlert } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { markDelivered } from "../after-sale-actions"
import { useShowHandled } from "./use-show-handled"

/** "The shopper has it": marks one shipment delivered (the backend refuses a second time with a 409). */
export function DeliverForm({ orderId, fulfillmentId }: { orderId: string; fulfillmentId: string }) {
  const t = useTranslations("cooperativeAfterSale.shipments")
  const tp = useTranslations("portal")
  const showHandled = useShowHandled()
  const form = useConsoleForm("cooperative", deliverSchema, markDelivered, { onSuccess: showHandled })
  return (
    <form noValidate onSubmit={form.onSubmit}>
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="fulfillmentId" value={fulfillmentId} />
      <button type="submit" className="button button--secondary button--block" disabled={form.pending}>
        {form.pending ? tp("working") : t("markDelivered")}
      </button>
    </form>
  )
}
