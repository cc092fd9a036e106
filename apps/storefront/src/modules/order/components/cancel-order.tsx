"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { FormAlert } from "@/modules/common/components/form-alert"
import { cancelOrder, type OrderActionResult } from "../actions"
import styles from "../order.module.css"

type Failure = Extract<OrderActionResult, { ok: false }>

/** "取消订单", then a confirm step; a refusal (shipped meanwhile) is said here and the page re-reads the order. */
export function CancelOrder({ orderId }: { orderId: string }) {
  const t = useTranslations("afterSale.cancel")
  const tError = useTranslations("afterSale.errors")
  const [confirming, setConfirming] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [pending, startTransition] = useTransition()
  const cancel = () =>
    startTransition(async () => {
      const result = await cancelOrder(orderId)
      setConfirming(false)
      setFailure(result.ok ? null : result)
    })
  return (
    <section className={`card ${styles.action}`} aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t("title")}</h2>
      <FormAlert>
        {failure
          ? failure.error === "alreadyShipped"
            ? t("alreadyShipped")
            : tError(failure.error === "invalid" ? "failed" : failure.error)
          : null}
      </FormAlert>
      {confirming ? (
        <>
          <p>{t("confirm")}</p>
          <p className="actions-row">
            <button type="button" className="button" onClick={cancel} disabled={pending}>
              {pending ? t("working") : t("yes")}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
              disabled={pending}
            >
              {t("no")}
            </button>
          </p>
        </>
      ) : (
        <>
          <p className="muted">{t("intro")}</p>
          <p>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              {t("button")}
            </button>
          </p>
        </>
      )}
    </section>
  )
}
