"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { addProductSchema } from "@/lib/host/schemas"
import type { CatalogOption } from "@/lib/view/live-console"
import { formatFen } from "@/lib/view/money"
import { FieldShell, TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { addLiveProduct } from "../actions"

/** Pick a size from the catalog (a search narrows the list), then its live price, the session's cap and the per-shopper limit. */
export function AddProductForm({
  sessionId,
  options,
  query,
}: {
  sessionId: string
  options: CatalogOption[]
  query: string
}) {
  const t = useTranslations("host.products")
  const form = useConsoleForm("host", addProductSchema, addLiveProduct)
  const error = useConsoleFieldError("host", form.fieldErrors)
  const [picked, setVariantId] = useState(options[0]?.variantId ?? "")
  // A new search may leave the last pick out of the list; the first match is then the one selected.
  const variantId = options.some((o) => o.variantId === picked) ? picked : (options[0]?.variantId ?? "")
  const shelf = options.find((o) => o.variantId === variantId)?.shelfFen
  return (
    <div className="card portal-form">
      <h2 id="add-product-title">{t("addTitle")}</h2>
      {/* A plain GET form: the page re-reads the catalog with ?q=, so the search also works before scripts load. */}
      <form role="search" method="get" className="host-search" aria-label={t("search")}>
        <TextField id="catalog-q" name="q" type="search" label={t("search")} defaultValue={query} autoComplete="off" />
        <button type="submit" className="button button--secondary">
          {t("searchSubmit")}
        </button>
      </form>
      <form noValidate onSubmit={form.onSubmit} className="portal-form" aria-labelledby="add-product-title">
        <input type="hidden" name="sessionId" value={sessionId} />
        <ConsoleAlert actor="host" failure={form.failure} />
        {options.length === 0 ? (
          <p className="muted">{t("noMatches")}</p>
        ) : (
          <FieldShell id="product-variant" label={t("variant")} error={error("variantId")}>
            <select
              id="product-variant"
              name="variantId"
              className="field__control"
              value={variantId}
              onChange={(event) => setVariantId(event.target.value)}
            >
              {options.map((o) => (
                <option key={o.variantId} value={o.variantId}>
                  {o.label}
                </option>
              ))}
            </select>
          </FieldShell>
        )}
        {shelf != null && <p className="muted">{t("shelfPrice", { price: formatFen(shelf) })}</p>}
        <TextField
          id="product-live-price"
          name="livePrice"
          inputMode="decimal"
          label={t("livePrice")}
          hint={t("livePriceHint")}
          autoComplete="off"
          error={error("livePrice")}
        />
        <div className="portal-row">
          <TextField
            id="product-cap"
            name="stockCap"
            inputMode="numeric"
            label={t("stockCap")}
            autoComplete="off"
            error={error("stockCap")}
          />
          <TextField
            id="product-limit"
            name="perCustomerLimit"
            inputMode="numeric"
            label={t("limit")}
            defaultValue="2"
            autoComplete="off"
            error={error("perCustomerLimit")}
          />
        </div>
        <button type="submit" className="button button--block" disabled={form.pending || options.length === 0}>
          {form.pending ? t("working") : t("add")}
        </button>
      </form>
    </div>
  )
}
