"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { checkCreditCode } from "@/lib/cooperative-signup/schema"
import styles from "../sign-up.module.css"

/**
 * The unified social credit code with its GB 32100 check run as the clerk types (the same relief-core function the
 * backend runs): a typo shows the check character the first 17 call for before anything is sent.
 */
export function CreditCodeField({ initial, error }: { initial?: string; error: string | null }) {
  const t = useTranslations("cooperativeSignUp")
  const [value, setValue] = useState(initial ?? "")
  const check = checkCreditCode(value)
  const live =
    check.state === "ok"
      ? t("cooperative.creditCodeOk")
      : check.state === "shape" && value.trim().length >= 18
        ? t("cooperative.creditCodeShape", { count: check.count })
        : check.state === "check"
          ? t("cooperative.creditCodeCheck", { expected: check.expected })
          : ""
  const invalid = Boolean(error) || check.state === "check" || (check.state === "shape" && value.trim().length >= 18)
  const shownError = error ? (error === "creditCode" && live ? live : t(`errors.${error}` as "errors.invalid")) : null
  return (
    <div className={invalid ? "field field--invalid" : "field"}>
      <label htmlFor="signup-credit-code" className="field__label">
        {t("cooperative.creditCode")}
      </label>
      <input
        id="signup-credit-code"
        name="credit_code"
        className="field__control"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={`signup-credit-code-hint signup-credit-code-check${shownError ? " signup-credit-code-error" : ""}`}
      />
      <p id="signup-credit-code-hint" className="field__hint">
        {t("cooperative.creditCodeHint")}
      </p>
      <p id="signup-credit-code-check" className={check.state === "ok" ? styles.ok : "field__error"} aria-live="polite">
        {shownError ? "" : live}
      </p>
      {shownError && (
        <p id="signup-credit-code-error" className="field__error">
          {shownError}
        </p>
      )}
    </div>
  )
}
