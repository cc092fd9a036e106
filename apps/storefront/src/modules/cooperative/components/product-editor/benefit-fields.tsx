"use client"
// How this product's sales reach households: the cooperative's own mechanism, or one set for this product (supply,
// dividend with its share, and the village collective's share, typed in percent and sent as basis points).
import { useTranslations } from "next-intl"
import { useState } from "react"
import type { CooperativeProduct } from "@/lib/data/cooperative-products"
import { describedBy, TextField } from "@/modules/common/components/field"
import styles from "./editor.module.css"
import { bpsToPercent } from "./product-form"

type Props = { override: CooperativeProduct["benefit_override"]; error: (field: string) => string | null }

export function BenefitFields({ override, error }: Props) {
  const t = useTranslations("productEditor")
  const [own, setOwn] = useState(override !== null)
  const has = (m: string) => override?.benefit_mechanisms.includes(m) ?? false
  const mechanismError = error("supply")
  const checkboxDescribedBy = describedBy({ id: "benefit-mechanism", label: "", error: mechanismError })
  return (
    <fieldset className={`portal-fieldset ${styles.section}`}>
      <legend>{t("benefit")}</legend>
      {(["follow", "own"] as const).map((choice) => (
        <label key={choice} className={styles.check}>
          <input
            type="radio"
            name="benefit"
            value={choice}
            checked={own === (choice === "own")}
            onChange={() => setOwn(choice === "own")}
          />
          {t(choice === "own" ? "ownBenefit" : "followCooperative")}
        </label>
      ))}
      {own && (
        <div className={styles.benefit}>
          {(["supply", "dividend"] as const).map((m) => (
            <label key={m} className={styles.check}>
              <input
                type="checkbox"
                name={m}
                defaultChecked={has(m)}
                aria-invalid={mechanismError ? true : undefined}
                aria-describedby={checkboxDescribedBy}
              />
              {t(m)}
            </label>
          ))}
          {mechanismError && (
            <p id="benefit-mechanism-error" className="field__error">
              {mechanismError}
            </p>
          )}
          <TextField
            id="dividend-percent"
            name="dividendPercent"
            inputMode="decimal"
            label={t("dividendPercent")}
            defaultValue={override?.dividend_bps == null ? "" : bpsToPercent(override.dividend_bps)}
            error={error("dividendPercent")}
          />
          <TextField
            id="collective-percent"
            name="collectivePercent"
            inputMode="decimal"
            label={t("collectivePercent")}
            hint={t("collectiveHint")}
            defaultValue={override?.collective_bps == null ? "" : bpsToPercent(override.collective_bps)}
            error={error("collectivePercent")}
          />
        </div>
      )}
    </fieldset>
  )
}
