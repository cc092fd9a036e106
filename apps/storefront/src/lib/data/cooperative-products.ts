// The cooperative's own products (prices in fen, stock at its location), its sales so far, and its photo uploads.
import "server-only"
import {
  CooperativeProductListResponseSchema,
  CooperativeProductResponseSchema,
  CooperativeSalesResponseSchema,
  CooperativeUploadResponseSchema,
  type CooperativeProduct,
  type CooperativeSales,
  type CooperativeUploadResponse,
} from "@fengshou/store-contract"
import { BackendUnavailableError, getBackendConfig } from "@/lib/medusa"
import { fromBackend } from "./parse-contract"
import { ConsoleApiError, consoleFetch } from "./console-fetch"

export type { CooperativeVariant, CooperativeProduct, CooperativeSales } from "@fengshou/store-contract"

/** The products on sale or in draft; `archived` lists the archived ones instead. */
export async function listProducts(token: string, { archived = false } = {}): Promise<CooperativeProduct[]> {
  const query: Record<string, string | number> = archived ? { limit: 100, archived: "true" } : { limit: 100 }
  const body = await consoleFetch<unknown>("/cooperative/products", token, { query })
  return fromBackend(CooperativeProductListResponseSchema, body, "GET /cooperative/products").products
}

/** Null when the id is not one of this cooperative's products (the backend answers 404 for another's). */
export async function getProduct(token: string, productId: string): Promise<CooperativeProduct | null> {
  try {
    const body = await consoleFetch<unknown>(`/cooperative/products/${encodeURIComponent(productId)}`, token)
    return fromBackend(CooperativeProductResponseSchema, body, "GET /cooperative/products/:id").product
  } catch (error) {
    if (error instanceof ConsoleApiError && error.status === 404) return null
    throw error
  }
}

/** A new product (POST /cooperative/products) or an edit of one (POST /cooperative/products/:id); answers its id. */
export async function saveProduct(token: string, productId: string | null, body: Record<string, unknown>) {
  const path: `/cooperative/${string}` = productId
    ? `/cooperative/products/${encodeURIComponent(productId)}`
    : "/cooperative/products"
  const answer = await consoleFetch<unknown>(path, token, { method: "POST", body })
  return fromBackend(CooperativeProductResponseSchema, answer, `POST ${path}`).product.id
}

/** Publish (published), unpublish (draft) or archive (archived); restoring an archived product makes it a draft. */
export async function setProductStatus(token: string, productId: string, status: "draft" | "published" | "archived") {
  await consoleFetch(`/cooperative/products/${encodeURIComponent(productId)}`, token, {
    method: "POST",
    body: { status },
  })
}

export async function updateVariant(
  token: string,
  productId: string,
  variant: {
    id: string
    price_fen: number
    stock: number
    weight_g?: number
    low_stock_threshold?: number | null
    live_floor_fen?: number | null
    live_cap_max?: number | null
  },
) {
  await consoleFetch(`/cooperative/products/${encodeURIComponent(productId)}`, token, {
    method: "POST",
    body: { variants: [variant] },
  })
}

/** Sends one file (multipart `file` + `purpose`) to the File Module through POST /cooperative/uploads. */
export async function uploadFile(token: string, form: FormData): Promise<CooperativeUploadResponse> {
  const { url } = await getBackendConfig()
  let response: Response
  try {
    response = await fetch(`${url}/cooperative/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      body: form,
      cache: "no-store",
    })
  } catch (error) {
    throw new BackendUnavailableError(`${url} is not reachable`, { cause: error })
  }
  if (response.status >= 500) throw new BackendUnavailableError(`/cooperative/uploads answered ${response.status}`)
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) {
    throw new ConsoleApiError(typeof body.message === "string" ? body.message : response.statusText, response.status)
  }
  return fromBackend(CooperativeUploadResponseSchema, body, "POST /cooperative/uploads")
}

export async function getSales(token: string): Promise<CooperativeSales> {
  return fromBackend(
    CooperativeSalesResponseSchema,
    await consoleFetch<unknown>("/cooperative/sales", token),
    "GET /cooperative/sales",
  ).sales
}
