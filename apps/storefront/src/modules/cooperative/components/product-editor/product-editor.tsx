"use client"
// The phone-first product editor: text in both languages, category, photos, sizes, cold chain and the benefit
// mechanism, in one form. A new product is saved as a draft or published by the button pressed; an edit keeps its
// status (the status buttons beside it change that). Fields are checked in the browser with the action's schema.
import { useTranslations } from "next-intl"
import { useState, type FormEvent } from "react"
import { useRouter } from "@/i18n/navigation"
import type { CategoryView } from "@/lib/data/categories"
import type { CooperativeProduct } from "@/lib/data/cooperative-products"
import { FieldShell, describedBy, TextField } from "@/modules/common/components/field"
import { useValidatedForm } from "@/modules/common/hooks/use-validated-form"
import { ConsoleAlert } from "@/modules/console/console-alert"
import type { ConsoleFailure } from "@/modules/console/result"
import { saveProductForm } from "../../product-actions"
import { BenefitFields } from "./benefit-fields"
import styles from "./editor.module.css"
import { PhotoPicker } from "./photo-picker"
import { PRODUCT_FIELD_ERRORS, productFormSchema } from "./product-form"
import { SizeRows } from "./size-rows"

type Props = { product: CooperativeProduct | null; categories: CategoryView[] }

export function ProductEditor({ product, categories }: Props) {
  const t = useTranslations("productEditor")
  // Error keys are looked up by name: next-intl cannot check a key built at run time.
  const tErrors = useTranslations("productEditor.errors") as unknown as { has: (k: string) => boolean } & ((
    k: string,
  ) => string)
  const tPortal = useTranslations("portal") as unknown as (key: string) => string
  const router = useRouter()
  const [saved, setSaved] = useState(false)
  const form = useValidatedForm({
    schema: productFormSchema,
    submit: saveProductForm,
    errorKeys: PRODUCT_FIELD_ERRORS,
    focusInvalid: true,
    onSuccess: ({ id }) => {
      if (!product && id) return router.push(`/portal/cooperative/products/${id}`)
      setSaved(true)
      router.refresh()
    },
    onFailure: (failure) => failure.error === "signedOut" && router.refresh(),
  })
  // The editor's own keys first; a refusal the portal knows (e.g. stock below reserved) in the portal's words.
  const error = (name: string) => {
    const key = form.fieldErrors[name]
    if (!key) return null
    return tErrors.has(key) ? tErrors(key) : tPortal(`errors.${key}`)
  }
  // The pressed button says draft or published; FormData alone would not carry it.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const status = event.currentTarget.elements.namedItem("status")
    if (status instanceof HTMLInputElement) status.value = submitter?.getAttribute("value") ?? ""
    setSaved(false)
    form.onSubmit(event)
  }
  const text = (name: string, label: string, value: string | null, max: number) => (
    <TextField id={name} name={name} label={label} defaultValue={value ?? ""} maxLength={max} error={error(name)} />
  )
  const area = (name: string, label: string, value: string | null) => (
    <FieldShell id={name} label={label} error={error(name)}>
      <textarea
        id={name}
        name={name}
        rows={4}
        defaultValue={value ?? ""}
        className="field__control"
        aria-invalid={error(name) ? true : undefined}
        aria-describedby={describedBy({ id: name, label, error: error(name) })}
      />
    </FieldShell>
  )
  const failure = form.failure as ConsoleFailure<"cooperative"> | null
  return (
    <form noValidate onSubmit={onSubmit} className={`portal-form ${styles.editor}`}>
      <ConsoleAlert actor="cooperative" failure={failure} />
      {product && <input type="hidden" name="productId" value={product.id} />}
      <input type="hidden" name="status" defaultValue="" />
      <fieldset className={`portal-fieldset ${styles.section}`}>
        <legend>{t("details")}</legend>
        {text("titleZh", t("titleZh"), product?.title_zh ?? null, 200)}
        {text("titleEn", t("titleEn"), product?.title_en ?? null, 200)}
        {area("descriptionZh", t("descriptionZh"), product?.description_zh ?? null)}
        {area("descriptionEn", t("descriptionEn"), product?.description_en ?? null)}
        <FieldShell id="categoryId" label={t("category")} error={error("categoryId")}>
          <select
            id="categoryId"
            name="categoryId"
            className="field__control"
            defaultValue={product?.category_ids[0] ?? ""}
          >
            <option value="">{t("noCategory")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </FieldShell>
        <label className={styles.check}>
          <input
            type="checkbox"
            name="coldChain"
            defaultChecked={product?.cold_chain ?? false}
            aria-describedby="cold-chain-hint"
          />
          {t("coldChain")}
        </label>
        <p id="cold-chain-hint" className="field__hint">
          {t("coldChainHint")}
        </p>
      </fieldset>
      <PhotoPicker initial={product?.images.map((i) => i.url) ?? []} error={error("photos")} />
      <SizeRows existing={product?.variants ?? []} error={error} />
      <BenefitFields override={product?.benefit_override ?? null} error={error} />
      <div className={styles.actions}>
        {product ? (
          <button type="submit" className="button" disabled={form.pending}>
            {form.pending ? tPortal("working") : t("save")}
          </button>
        ) : (
          <>
            <button type="submit" value="published" className="button" disabled={form.pending}>
              {t("savePublish")}
            </button>
            <button type="submit" value="draft" className="button button--secondary" disabled={form.pending}>
              {t("saveDraft")}
            </button>
          </>
        )}
      </div>
      <p role="status" className={styles.saved}>
        {form.pending ? tPortal("working") : saved ? t("saved") : null}
      </p>
    </form>
  )
}
