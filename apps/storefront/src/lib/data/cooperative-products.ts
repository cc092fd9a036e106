// The cooperative's own products (prices in fen, stock at its location) and its sales so far.
import "server-only"
import {
  CooperativeProductListResponseSchema,
  CooperativeSalesResponseSchema,
  type CooperativeProduct,
  type CooperativeSales,
} from "@fengshou/store-contract"
import { fromBackend } from "./parse-contract"
import { consoleFetch } from "./console-fetch"

export type { CooperativeVariant, CooperativeProduct, CooperativeSales } from "@fengshou/store-contract"

export async function listProducts(token: string): Promise<CooperativeProduct[]> {
  const body = await consoleFetch<unknown>("/cooperative/products", token, { query: { limit: 100 } })
  return fromBackend(CooperativeProductListResponseSchema, body, "GET /cooperative/products").products
}

export async function updateVariant(
  token: string,
  productId: string,
  variant: { id: string; price_fen: number; stock: number; low_stock_threshold?: number | null },
) {
  await consoleFetch(`/cooperative/products/${encodeURIComponent(productId)}`, token, {
    method: "POST",
    body: { variants: [variant] },
  })
}

export async function getSales(token: string): Promise<CooperativeSales> {
  return fromBackend(
    CooperativeSalesResponseSchema,
    await consoleFetch<unknown>("/cooperative/sales", token),
    "GET /cooperative/sales",
  ).sales
}
