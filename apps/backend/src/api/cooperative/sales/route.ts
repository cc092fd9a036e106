import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cooperativeProductIds } from "../../../queries/cooperative/cooperative-products"
import { cooperativeActor } from "../cooperative-actor"
import { ordersWithProducts } from "../read/own-order-ids"
import { readOwnOrders } from "../read/read-own-orders"

type ProductSales = { product_id: string; title: string; quantity: number; quantity_g: number; sales_fen: number }

/**
 * The cooperative's sales so far, over its own lines of orders that are not canceled: order count, units,
 * grams and money (fen, after discounts, excluding shipping), in total and per product. Refunds and the
 * household split belong to the relief ledger (a later issue).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { cooperativeId } = cooperativeActor(req)
  const productIds = await cooperativeProductIds(req.scope, cooperativeId)
  const orders = (await readOwnOrders(req.scope, await ordersWithProducts(req.scope, productIds), productIds)).filter(
    (o) => !o.canceled_at && o.status !== "canceled",
  )
  const byProduct = new Map<string, ProductSales>()
  for (const item of orders.flatMap((o) => o.items)) {
    const row = byProduct.get(item.product_id!) ?? {
      product_id: item.product_id!,
      title: item.title,
      quantity: 0,
      quantity_g: 0,
      sales_fen: 0,
    }
    row.quantity += item.quantity
    row.quantity_g += item.quantity_g
    row.sales_fen += item.total_fen
    byProduct.set(item.product_id!, row)
  }
  const products = [...byProduct.values()].sort((a, b) => b.sales_fen - a.sales_fen)
  res.json({
    sales: {
      orders: orders.length,
      quantity: products.reduce((s, p) => s + p.quantity, 0),
      quantity_g: products.reduce((s, p) => s + p.quantity_g, 0),
      sales_fen: products.reduce((s, p) => s + p.sales_fen, 0),
      products,
    },
  })
}
