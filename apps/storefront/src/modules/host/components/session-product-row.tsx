"use client"

import type { SessionProduct } from "@fengshou/live-contract"
import { useTranslations } from "next-intl"
import { sessionRefSchema, updateProductSchema } from "@/lib/host/schemas"
import { fenToYuanText } from "@/lib/view/listing"
import { formatFen } from "@/lib/view/money"
import { TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { removeLiveProduct, updateLiveProduct } from "../actions"
import { ConsentLimits } from "@/modules/cooperative/components/consent-limits"
import { useLiveStats } from "./live-stats"

/** One product of the session: live vs shelf price, cap, limit, sold; editable (and removable) until the session ends. */
export function SessionProductRow({
  sessionId,
  product,
  editable,
}: {
  sessionId: string
  product: SessionProduct
  editable: boolean
}) {
  const t = useTranslations("host.products")
  const update = useConsoleForm("host", updateProductSchema, updateLiveProduct, { reset: false })
  const remove = useConsoleForm("host", sessionRefSchema, removeLiveProduct)
  const error = useConsoleFieldError("host", update.fieldErrors)
  const title = `${product.product_title} · ${product.variant_title}`
  // The streamed figures when the live panel runs beside this card, so both read the same units at the same moment.
  const streamed = useLiveStats()?.stats.products.find((p) => p.session_product_id === product.id)
  const id = (field: string) => `${product.id}-${field}`
  return (
    <li className="card portal-item">
      <p className="portal-item__title">{title}</p>
      <p>
        <strong>{formatFen(product.live_price_fen)}</strong>{" "}
        <span className="muted">
          {t("shelf")} <del>{formatFen(product.base_price_fen)}</del>
        </span>
      </p>
      {product.consent_status === "pending" && (
        <p className="form-error" role="status">
          {t("consentPending")} <ConsentLimits offer={product} />
        </p>
      )}
      {product.consent_status === "declined" && (
        <p className="form-error" role="status">
          {t("consentDeclined", { reason: product.consent_reason ?? "" })}
        </p>
      )}
      {product.consent_status === "approved" && <p className="muted">{t("consentApproved")}</p>}
      {product.paused_reason && (
        // The cooperative's shelf price fell below its live floor: the link answers "not sold now" until it is back.
        <p className="form-error" role="status">
          {t("paused", { shelf: formatFen(product.base_price_fen) })}
        </p>
      )}
      <p className="muted">
        {t("figures", {
          cap: product.stock_cap,
          limit: product.per_customer_limit,
          sold: streamed ? streamed.units : product.sold,
          remaining: streamed ? streamed.remaining : product.remaining,
        })}
      </p>
      {editable && (
        <details className="host-edit">
          <summary>{t("edit", { title })}</summary>
          <form noValidate onSubmit={update.onSubmit} className="portal-form">
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="productId" value={product.id} />
            <ConsoleAlert actor="host" failure={update.failure} />
            <TextField
              id={id("price")}
              name="livePrice"
              inputMode="decimal"
              label={t("livePrice")}
              defaultValue={fenToYuanText(product.live_price_fen)}
              error={error("livePrice")}
            />
            <div className="portal-row">
              <TextField
                id={id("cap")}
                name="stockCap"
                inputMode="numeric"
                label={t("stockCap")}
                defaultValue={String(product.stock_cap)}
                error={error("stockCap")}
              />
              <TextField
                id={id("limit")}
                name="perCustomerLimit"
                inputMode="numeric"
                label={t("limit")}
                defaultValue={String(product.per_customer_limit)}
                error={error("perCustomerLimit")}
              />
            </div>
            <button type="submit" className="button" disabled={update.pending}>
              {update.pending ? t("working") : t("save")}
            </button>
          </form>
          <form onSubmit={remove.onSubmit}>
            <input type="hidden" name="sessionId" value={sessionId} />
            <input type="hidden" name="productId" value={product.id} />
            <ConsoleAlert actor="host" failure={remove.failure} />
            <button
              type="submit"
              className="link-button"
              disabled={remove.pending}
              aria-label={t("removeLabel", { title })}
            >
              {t("remove")}
            </button>
          </form>
        </details>
      )}
    </li>
  )
}
