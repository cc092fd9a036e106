"use client"

import { useTranslations } from "next-intl"
import { receiveSchema } from "@/lib/cooperative/after-sale-schemas"
import { ConsoleAlert } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { receiveReturn } from "../after-sale-actions"
import styles from "../after-sale.module.css"
import { useShowHandled } from "./use-show-handled"

/** "The parcel is back": every requested unit received, which opens the refund. */
export function ReceiveReturnForm({ returnId }: { returnId: string }) {
  const t = useTranslations("cooperativeAfterSale.returns")
  const tp = useTranslations("portal")
  const showHandled = useShowHandled()
  const form = useConsoleForm("cooperative", receiveSchema, receiveReturn, { onSuccess: showHandled })
  return (
    <form noValidate onSubmit={form.onSubmit} className={`portal-form ${styles.section}`}>
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="returnId" value={returnId} />
      <p className={`muted ${styles.hint}`}>{t("receiveHint")}</p>
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? tp("working") : t("receive")}
      </button>
    </form>
  )
}
