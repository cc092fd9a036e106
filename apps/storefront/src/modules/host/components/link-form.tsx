"use client"

import type { SessionProduct } from "@fengshou/live-contract"
import { useTranslations } from "next-intl"
import { useState } from "react"
import { useRouter } from "@/i18n/navigation"
import { linkSchema, QTY_PREFIX } from "@/lib/host/schemas"
import { TextField } from "@/modules/common/components/field"
import { ConsoleAlert, useConsoleFieldError } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { createCartLink } from "../actions"

/** A cart link holds some of the session's products with a quantity each (0 leaves one out). */
export function LinkForm({ sessionId, products }: { sessionId: string; products: SessionProduct[] }) {
  const t = useTranslations("host.links")
  const router = useRouter()
  const [created, setCreated] = useState<string | null>(null)
  const form = useConsoleForm("host", linkSchema, createCartLink, {
    reset: false,
    onSuccess: (code) => (setCreated(code ?? null), router.refresh()),
  })
  const error = useConsoleFieldError("host", form.fieldErrors)
  return (
    <form
      noValidate
      onSubmit={(event) => (setCreated(null), form.onSubmit(event))}
      className="card portal-form"
      aria-labelledby="new-link-title"
    >
      <h2 id="new-link-title">{t("newTitle")}</h2>
      <input type="hidden" name="sessionId" value={sessionId} />
      <ConsoleAlert actor="host" failure={form.failure} />
      <fieldset className="portal-fieldset">
        <legend>{t("items")}</legend>
        {products.map((p) => (
          <TextField
            key={p.id}
            id={`qty-${p.id}`}
            name={`${QTY_PREFIX}${p.id}`}
            inputMode="numeric"
            label={t("quantityOf", { title: `${p.product_title} · ${p.variant_title}` })}
            defaultValue="1"
            autoComplete="off"
            error={error(`${QTY_PREFIX}${p.id}`)}
          />
        ))}
        {form.fieldErrors.items && <p className="field__error">{error("items")}</p>}
      </fieldset>
      <button type="submit" className="button button--block" disabled={form.pending}>
        {form.pending ? t("working") : t("create")}
      </button>
      <p role="status" className="muted">
        {created ? t("created", { code: created }) : ""}
      </p>
    </form>
  )
}
