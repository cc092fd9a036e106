"use client"

import { useTranslations } from "next-intl"
import { useRef, useState, type FormEvent } from "react"
import { useRouter } from "@/i18n/navigation"
import {
  cooperativeFieldsSchema,
  fieldErrorsOf,
  LICENCE_MB,
  LICENCE_RULE,
  signUpSchema,
  type SignUpAnswer,
} from "@/lib/cooperative-signup/schema"
import { TextField, describedBy } from "@/modules/common/components/field"
import styles from "../sign-up.module.css"
import { CreditCodeField } from "./credit-code-field"
import { VillageCascade } from "./village-cascade"

export type SignUpInitial = {
  name_zh: string
  name_en: string
  credit_code: string
  division_code: string
  benefit_mechanisms: string[]
  dividend_bps: number | null
  licence_url: string | null
}

type Props = { mode: "signUp" | "correct"; initial?: SignUpInitial }

/** Checks the licence as the route handler does, before it is sent: a key of `errors` or null. */
function licenceError(file: File | null, required: boolean): string | null {
  if (!file || file.size === 0) return required ? "licenceMissing" : null
  if (file.type && !LICENCE_RULE.mime_types.includes(file.type)) return "licenceType"
  return file.size > LICENCE_RULE.max_bytes ? "licenceSize" : null
}

/**
 * The sign-up (account, cooperative, licence) or, for a pending or rejected cooperative, the correction. Checked in
 * the browser with the route handler's own schema, then posted as multipart to /api/cooperative/register; success
 * refreshes the page, which then shows the review status.
 */
export function SignUpForm({ mode, initial }: Props) {
  const t = useTranslations("cooperativeSignUp")
  const router = useRouter()
  const formRef = useRef<HTMLFormElement>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const [dividend, setDividend] = useState(initial?.benefit_mechanisms.includes("dividend") ?? false)
  const signUp = mode === "signUp"

  const message = (key: string | undefined) =>
    key ? t(`errors.${key}` as "errors.invalid", { mb: LICENCE_MB, count: 0, detail: "" }) : null
  const error = (field: string) => message(errors[field])

  const show = (found: Record<string, string>) => {
    setErrors(found)
    // Focus the first field in error so a screen reader and a phone land on it.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus())
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const values = Object.fromEntries([...data.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])))
    const parsed = (signUp ? signUpSchema : cooperativeFieldsSchema).safeParse(values)
    const licence = licenceError(data.get("licence") as File | null, signUp)
    const found = {
      ...(parsed.success ? {} : fieldErrorsOf(parsed.error.issues)),
      ...(licence ? { licence } : {}),
    }
    setFailure(null)
    if (Object.keys(found).length) return show(found)
    setPending(true)
    try {
      const response = await fetch("/api/cooperative/register", { method: "POST", body: data })
      const answer = (await response.json().catch(() => ({ ok: false, error: "unavailable" }))) as SignUpAnswer
      if (answer.ok) {
        setErrors({})
        router.refresh()
        return
      }
      if (answer.fieldErrors) show(answer.fieldErrors)
      else setFailure(t(`errors.${answer.error}` as "errors.rejected", { detail: answer.detail ?? "", mb: LICENCE_MB }))
    } catch {
      setFailure(t("errors.unavailable"))
    } finally {
      setPending(false)
    }
  }

  const count = Object.keys(errors).length
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      className={styles.form}
      aria-labelledby="signup-form-title"
      encType="multipart/form-data"
    >
      <h2 id="signup-form-title" className="visually-hidden">
        {signUp ? t("submit") : t("status.correct")}
      </h2>
      {(count > 0 || failure) && (
        <p className="portal-banner" role="alert">
          {failure ?? t("errors.summary", { count })}
        </p>
      )}
      {signUp && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t("account.legend")}</legend>
          <TextField
            id="signup-email"
            name="email"
            type="email"
            label={t("account.email")}
            autoComplete="username"
            error={error("email")}
          />
          <TextField
            id="signup-password"
            name="password"
            type="password"
            label={t("account.password")}
            hint={t("account.passwordHint")}
            autoComplete="new-password"
            error={error("password")}
          />
        </fieldset>
      )}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("cooperative.legend")}</legend>
        <TextField
          id="signup-name-zh"
          name="name_zh"
          label={t("cooperative.nameZh")}
          hint={t("cooperative.nameZhHint")}
          autoComplete="organization"
          defaultValue={initial?.name_zh}
          error={error("name_zh")}
        />
        <TextField
          id="signup-name-en"
          name="name_en"
          lang="en"
          label={t("cooperative.nameEn")}
          autoComplete="off"
          defaultValue={initial?.name_en}
          error={error("name_en")}
        />
        <CreditCodeField initial={initial?.credit_code} error={errors.credit_code ?? null} />
        <VillageCascade initial={initial?.division_code} error={error("division_code")} />
        <fieldset className={styles.choices} aria-describedby={errors.benefit ? "signup-benefit-error" : undefined}>
          <legend className="field__label">{t("cooperative.benefit")}</legend>
          <label className={styles.choice}>
            <input
              type="checkbox"
              name="supply"
              defaultChecked={initial ? initial.benefit_mechanisms.includes("supply") : true}
            />
            <span>{t("cooperative.supply")}</span>
          </label>
          <label className={styles.choice}>
            <input
              type="checkbox"
              name="dividend"
              checked={dividend}
              onChange={(event) => setDividend(event.target.checked)}
            />
            <span>{t("cooperative.dividend")}</span>
          </label>
          {errors.benefit && (
            <p id="signup-benefit-error" className="field__error">
              {error("benefit")}
            </p>
          )}
        </fieldset>
        {dividend && (
          <TextField
            id="signup-dividend"
            name="dividend_percent"
            inputMode="decimal"
            label={t("cooperative.dividendShare")}
            defaultValue={initial?.dividend_bps != null ? String(initial.dividend_bps / 100) : ""}
            error={error("dividend_percent")}
          />
        )}
        {signUp && (
          <TextField
            id="signup-contact"
            name="staff_name"
            label={t("cooperative.contact")}
            autoComplete="name"
            error={error("staff_name")}
          />
        )}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("licence.legend")}</legend>
        {initial?.licence_url && (
          <p>
            <a href={initial.licence_url} target="_blank" rel="noreferrer">
              {t("licence.current")}
            </a>
          </p>
        )}
        <div className={errors.licence ? "field field--invalid" : "field"}>
          <label htmlFor="signup-licence" className="field__label">
            {signUp ? t("licence.file") : t("licence.replace")}
          </label>
          <input
            id="signup-licence"
            name="licence"
            type="file"
            accept={LICENCE_RULE.mime_types.join(",")}
            className={`field__control ${styles.file}`}
            aria-invalid={errors.licence ? true : undefined}
            aria-describedby={describedBy({
              id: "signup-licence",
              label: "",
              hint: "hint",
              error: error("licence"),
            })}
          />
          <p id="signup-licence-hint" className="field__hint">
            {t("licence.hint", { mb: LICENCE_MB })}
          </p>
          {errors.licence && (
            <p id="signup-licence-error" className="field__error">
              {error("licence")}
            </p>
          )}
        </div>
      </fieldset>
      <button type="submit" className="button button--block" disabled={pending}>
        {pending ? t("working") : signUp ? t("submit") : t("resubmit")}
      </button>
    </form>
  )
}
