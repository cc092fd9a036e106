"use client"

import { useTranslations } from "next-intl"
import { variantSchema } from "@/lib/cooperative/schemas"
import { TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { saveVariant } from "../actions"

type Props = {
  productId: string
  variantId: string
  price: string
  stock: number
  /** One unit's weight in grams; null when the size has none. */
  weightG?: number | null
  lowStockThreshold?: number | null
  /** The live floor as yuan text ("" when unset) and the largest live cap. */
  liveFloor?: string
  liveCapMax?: number | null
}

/**
 * Edits one size's price (typed in yuan, saved in fen), stock at the cooperative's location, weight in grams (mendable
 * until the size first sells) and low-stock threshold (empty clears it). Stock below what orders reserved is refused by the backend, whose sentence the alert shows.
 */
export function VariantForm({
  productId,
  variantId,
  price,
  stock,
  weightG,
  lowStockThreshold,
  liveFloor,
  liveCapMax,
}: Props) {
  const t = useTranslations("portal.products")
  const tp = useTranslations("portal")
  const form = useConsoleForm("cooperative", variantSchema, saveVariant)
  const error = useConsoleFieldError("cooperative", form.fieldErrors)
  return (
    <form noValidate onSubmit={form.onSubmit} className="portal-form portal-variant-form">
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="variantId" value={variantId} />
      <div className="portal-row">
        <TextField
          id={`price-${variantId}`}
          name="price"
          inputMode="decimal"
          label={t("price")}
          defaultValue={price}
          error={error("price")}
        />
        <TextField
          id={`stock-${variantId}`}
          name="stock"
          inputMode="numeric"
          label={t("stock")}
          defaultValue={String(stock)}
          error={error("stock")}
        />
        <TextField
          id={`weight-${variantId}`}
          name="weightG"
          inputMode="numeric"
          label={t("weightGrams")}
          defaultValue={weightG == null ? "" : String(weightG)}
          error={error("weightG")}
        />
        <TextField
          id={`low-stock-${variantId}`}
          name="lowStockThreshold"
          inputMode="numeric"
          label={t("lowStockThreshold")}
          defaultValue={lowStockThreshold == null ? "" : String(lowStockThreshold)}
          error={error("lowStockThreshold")}
        />
      </div>
      {/* What a host may offer live without asking; outside it the offer waits for the cooperative's approval. */}
      <details className="portal-live-limits" open={Boolean(liveFloor || liveCapMax)}>
        <summary>{t("liveLimits")}</summary>
        <p className="muted">{t("liveLimitsHelp")}</p>
        <div className="portal-row">
          <TextField
            id={`live-floor-${variantId}`}
            name="liveFloor"
            inputMode="decimal"
            label={t("liveFloor")}
            defaultValue={liveFloor ?? ""}
            error={error("liveFloor")}
          />
          <TextField
            id={`live-cap-${variantId}`}
            name="liveCapMax"
            inputMode="numeric"
            label={t("liveCapMax")}
            defaultValue={liveCapMax == null ? "" : String(liveCapMax)}
            error={error("liveCapMax")}
          />
        </div>
      </details>
      <button type="submit" className="button button--secondary" disabled={form.pending}>
        {form.pending ? tp("working") : t("save")}
      </button>
    </form>
  )
}
