"use client"
// The product's sizes. Sizes it already has are edited by id (name, price, stock; their weight is fixed once sold);
// added ones carry a weight in kg or g, sent as whole grams. Prices are typed in yuan and sent as integer fen.
import { fenToYuanString } from "@fengshou/relief-core"
import { useLocale, useTranslations } from "next-intl"
import { useState } from "react"
import type { Locale } from "@/i18n/routing"
import type { CooperativeVariant } from "@/lib/data/cooperative-products"
import { formatWeight } from "@/lib/view/weight"
import { SelectField, TextField } from "@/modules/common/components/field"
import styles from "./editor.module.css"
import { MAX_SIZES } from "./product-form"

type Props = { existing: CooperativeVariant[]; error: (field: string) => string | null }

export function SizeRows({ existing, error }: Props) {
  const t = useTranslations("productEditor")
  const locale = useLocale() as Locale
  // Keys of the added rows; a new product starts with one.
  const [added, setAdded] = useState<number[]>(existing.length ? [] : [0])
  // Once saved, the added rows come back as sizes the product has: drop them from the added ones.
  const ids = existing.map((v) => v.id).join(" ")
  const [savedIds, setSavedIds] = useState(ids)
  if (ids !== savedIds) {
    setSavedIds(ids)
    setAdded([])
  }
  const sizesError = error("sizes")
  return (
    <fieldset className={`portal-fieldset ${styles.section}`} aria-describedby={sizesError ? "sizes-error" : undefined}>
      <legend>{t("sizes")}</legend>
      {existing.map((v, i) => (
        <fieldset key={v.id} className={styles.size}>
          <legend>
            {t("sizeLegend", { n: i + 1 })}
            {v.weight_g ? ` · ${t("weightOf", { weight: formatWeight(v.weight_g, locale).primary })}` : ""}
          </legend>
          <input type="hidden" name={`size.${i}.id`} value={v.id} />
          <TextField
            id={`size-${i}-title`}
            name={`size.${i}.title`}
            label={t("sizeTitle")}
            defaultValue={v.title ?? ""}
            error={error(`size.${i}.title`)}
          />
          <div className="portal-row">
            <TextField
              id={`size-${i}-price`}
              name={`size.${i}.price`}
              inputMode="decimal"
              label={t("price")}
              defaultValue={v.price_fen === null ? "" : fenToYuanString(v.price_fen)}
              error={error(`size.${i}.price`)}
            />
            <TextField
              id={`size-${i}-stock`}
              name={`size.${i}.stock`}
              inputMode="numeric"
              label={t("stock")}
              defaultValue={String(v.stock.stocked)}
              error={error(`size.${i}.stock`)}
            />
          </div>
        </fieldset>
      ))}
      {added.map((key, i) => (
        <fieldset key={key} className={styles.size}>
          <legend>{t("sizeLegend", { n: existing.length + i + 1 })}</legend>
          <TextField
            id={`new-${i}-title`}
            name={`new.${i}.title`}
            label={t("sizeTitle")}
            hint={t("sizeTitleHint")}
            error={error(`new.${i}.title`)}
          />
          <div className="portal-row">
            <TextField
              id={`new-${i}-weight`}
              name={`new.${i}.weight`}
              inputMode="decimal"
              label={t("weight")}
              error={error(`new.${i}.weight`)}
            />
            <SelectField id={`new-${i}-unit`} name={`new.${i}.unit`} label={t("weightUnit")} error={null}>
              <option value="kg">{t("units.kg")}</option>
              <option value="g">{t("units.g")}</option>
            </SelectField>
            <TextField
              id={`new-${i}-price`}
              name={`new.${i}.price`}
              inputMode="decimal"
              label={t("price")}
              error={error(`new.${i}.price`)}
            />
            <TextField
              id={`new-${i}-stock`}
              name={`new.${i}.stock`}
              inputMode="numeric"
              label={t("stock")}
              defaultValue="0"
              error={error(`new.${i}.stock`)}
            />
          </div>
          {(existing.length > 0 || added.length > 1) && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setAdded((rows) => rows.filter((k) => k !== key))}
            >
              {t("removeSize", { n: existing.length + i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {sizesError && (
        <p id="sizes-error" className="field__error">
          {sizesError}
        </p>
      )}
      {existing.length + added.length < MAX_SIZES && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setAdded((rows) => [...rows, Math.max(-1, ...rows) + 1])}
        >
          {t("addSize")}
        </button>
      )}
    </fieldset>
  )
}
