"use server"
// The product editor's writes: create or edit a product (text, category, photos, sizes, cold chain, benefit) and move
// it between draft, published and archived. Validated with the editor's own schema (its error keys are the editor's),
// then written like every console form (modules/console/write.ts). The shop's product lists and pages are cached,
// so they are dropped at once: a published, edited or archived product shows (or leaves) the store now.
import { updateTag } from "next/cache"
import { CACHE_TAGS } from "@/lib/cache-tags"
import { saveProduct, setProductStatus } from "@/lib/data/cooperative-products"
import { errorsByField } from "@/lib/schemas/field-errors"
import type { ConsoleResult } from "@/modules/console/result"
import { write } from "@/modules/console/write"
import {
  PRODUCT_FIELD_ERRORS,
  productFormSchema,
  productStatusSchema,
  type ProductFieldError,
} from "./components/product-editor/product-form"

export type ProductEditorResult =
  | Exclude<ConsoleResult<"cooperative">, { ok: false; error: "invalid" }>
  | { ok: false; error: "invalid"; fieldErrors?: Record<string, ProductFieldError | string>; detail?: string }

/** Answers the product's id, so the editor can go to it. */
export async function saveProductForm(values: Record<string, string>): Promise<ProductEditorResult> {
  const parsed = productFormSchema.safeParse(values)
  if (!parsed.success) {
    return { ok: false, error: "invalid", fieldErrors: errorsByField(PRODUCT_FIELD_ERRORS, parsed.error.issues) }
  }
  return write("cooperative", productFormSchema, values, "save product", async (token, { productId, body }) => {
    const id = await saveProduct(token, productId, body)
    updateTag(CACHE_TAGS.products)
    updateTag(CACHE_TAGS.cooperatives)
    return id
  })
}

/** Publish, unpublish (back to draft), archive, or restore an archived product (as a draft). */
export async function changeProductStatus(values: Record<string, string>): Promise<ConsoleResult<"cooperative">> {
  return write(
    "cooperative",
    productStatusSchema,
    values,
    "change product status",
    async (token, { productId, status }) => {
      await setProductStatus(token, productId, status)
      updateTag(CACHE_TAGS.products)
      updateTag(CACHE_TAGS.cooperatives)
      return productId
    },
  )
}
