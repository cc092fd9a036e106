// The cooperative's own products (prices in fen, stock at its location) and its sales so far.
import "server-only"
import { portalFetch } from "./portal-fetch"

export type PortalVariant = { id: string; title: string | null; weight_g: number | null; price_fen: number | null; stock: { available: number; stocked: number } }
export type PortalProduct = { id: string; handle: string; status: string; title_zh: string; title_en: string | null; variants: PortalVariant[] }
export type PortalSales = {
  orders: number
  quantity: number
  quantity_g: number
  sales_fen: number
  products: { product_id: string; title: string; quantity: number; quantity_g: number; sales_fen: number }[]
}

export async function listProducts(token: string): Promise<PortalProduct[]> {
  return (await portalFetch<{ products: PortalProduct[] }>("/cooperative/products", token, { query: { limit: 100 } })).products
}

export async function updateVariant(token: string, productId: string, variant: { id: string; price_fen: number; stock: number }) {
  await portalFetch(`/cooperative/products/${encodeURIComponent(productId)}`, token, { method: "POST", body: { variants: [variant] } })
}

export async function getSales(token: string): Promise<PortalSales> {
  return (await portalFetch<{ sales: PortalSales }>("/cooperative/sales", token)).sales
}
