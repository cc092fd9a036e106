// The cooperative's own products (prices in fen, stock at its location) and its sales so far.
import "server-only"
import {
  CooperativeProductListResponseSchema,
  CooperativeSalesResponseSchema,
  type CooperativeProduct,
  type CooperativeSales,
  type CooperativeVariant,
} from "@fengshou/store-contract"
import { fromBackend } from "./parse-contract"
import { portalFetch } from "./portal-fetch"

export type PortalVariant = CooperativeVariant
export type PortalProduct = CooperativeProduct
export type PortalSales = CooperativeSales

export async function listProducts(token: string): Promise<PortalProduct[]> {
  const body = await portalFetch<unknown>("/cooperative/products", token, { query: { limit: 100 } })
  return fromBackend(CooperativeProductListResponseSchema, body, "GET /cooperative/products").products
}

export async function updateVariant(token: string, productId: string, variant: { id: string; price_fen: number; stock: number }) {
  await portalFetch(`/cooperative/products/${encodeURIComponent(productId)}`, token, { method: "POST", body: { variants: [variant] } })
}

export async function getSales(token: string): Promise<PortalSales> {
  return fromBackend(CooperativeSalesResponseSchema, await portalFetch<unknown>("/cooperative/sales", token), "GET /cooperative/sales").sales
}
