import { MedusaError } from "@medusajs/framework/utils"
import { unitsAllowed } from "@fengshou/live-contract"

export type SqlManager = {
  execute: <T = Record<string, unknown>[]>(sql: string, params?: unknown[]) => Promise<T>
  transactional: <T>(work: (em: SqlManager) => Promise<T>) => Promise<T>
}
export type ClaimRequest = {
  cartId: string
  /** Every identity of the shopper (live-lines.ts shopperKeys): a claim under any of them counts toward the limit. */
  shopperKeys: string[]
  items: { session_product_id: string; quantity: number }[]
}
type ProductRow = {
  id: string
  stock_cap: number
  per_customer_limit: number
  sold: number
  product_title: string
  variant_title: string
}

const list = (n: number) => Array.from({ length: n }, () => "?").join(", ")

/**
 * Takes units of session products for a cart, all or none, in one transaction. The session product rows are locked
 * (FOR UPDATE, in id order so two carts never deadlock), so concurrent checkouts queue on them and `sold` can never
 * pass `stock_cap`. A cart's earlier claim counts as its own (a retried completion takes nothing twice).
 */
export async function claimUnits(sql: SqlManager, request: ClaimRequest): Promise<void> {
  const ids = [...new Set(request.items.map((i) => i.session_product_id))].sort()
  if (!ids.length) return
  const keys = [...new Set(request.shopperKeys)]
  if (!keys.length) throw new Error("claimUnits needs at least one shopper key")
  await sql.transactional(async (em) => {
    const products = await em.execute<ProductRow[]>(
      `select id, stock_cap, per_customer_limit, sold, product_title, variant_title from live_session_product
       where id in (${list(ids.length)}) and deleted_at is null order by id for update`,
      ids,
    )
    const own = await em.execute<{ session_product_id: string; quantity: number }[]>(
      `select session_product_id, quantity from live_claim where cart_id = ? and deleted_at is null`,
      [request.cartId],
    )
    const bought = await em.execute<{ session_product_id: string; quantity: string }[]>(
      `select session_product_id, sum(quantity) as quantity from live_claim
       where shopper_keys && array[${list(keys.length)}]::text[] and cart_id <> ? and deleted_at is null
         and session_product_id in (${list(ids.length)})
       group by session_product_id`,
      [...keys, request.cartId, ...ids],
    )
    for (const item of request.items) {
      const product = products.find((p) => p.id === item.session_product_id)
      if (!product)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "This live offer no longer exists; remove it from your cart.",
          "live_unknown",
        )
      const already = own.find((o) => o.session_product_id === product.id)?.quantity ?? 0
      const byShopper = Number(bought.find((b) => b.session_product_id === product.id)?.quantity ?? 0)
      const name = `${product.product_title} ${product.variant_title}`
      if (item.quantity > product.per_customer_limit - byShopper) {
        const left = Math.max(0, product.per_customer_limit - byShopper)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${name}: limit ${product.per_customer_limit} per shopper in this live session` +
            (byShopper ? `, you already bought ${byShopper}` : "") +
            `. Lower the quantity to ${left} or remove it.`,
          "live_limit_reached",
        )
      }
      const allowed = unitsAllowed({
        cap: product.stock_cap,
        sold: product.sold - already,
        limit: product.per_customer_limit,
        boughtByShopper: byShopper,
      })
      if (item.quantity > allowed) {
        const left = Math.max(0, product.stock_cap - (product.sold - already))
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          left
            ? `${name}: only ${left} left at the live price. Lower the quantity to ${left}.`
            : `${name}: sold out in this live session. Remove it from your cart to check out.`,
          "live_sold_out",
        )
      }
      const delta = item.quantity - already
      if (delta !== 0)
        await em.execute(`update live_session_product set sold = sold + ? where id = ?`, [delta, product.id])
      await em.execute(
        `insert into live_claim (id, session_product_id, cart_id, shopper_key, shopper_keys, quantity)
         values (?, ?, ?, ?, array[${list(keys.length)}]::text[], ?)
         on conflict (cart_id, session_product_id) where deleted_at is null
         do update set quantity = excluded.quantity, shopper_keys = excluded.shopper_keys`,
        [`lclm_${crypto.randomUUID().replace(/-/g, "")}`, product.id, request.cartId, keys[0], ...keys, item.quantity],
      )
    }
  })
}

/** Gives back the units of claims not (or no longer) backed by an order: a failed checkout, or a canceled order. */
export async function releaseClaims(sql: SqlManager, by: { cartId: string } | { orderId: string }): Promise<number> {
  return sql.transactional(async (em) => {
    const [column, value] = "cartId" in by ? ["cart_id", by.cartId] : ["order_id", by.orderId]
    const guard = "cartId" in by ? "and order_id is null" : ""
    const claims = await em.execute<{ id: string; session_product_id: string; quantity: number }[]>(
      `select id, session_product_id, quantity from live_claim where ${column} = ? ${guard} and deleted_at is null
       order by session_product_id for update`,
      [value],
    )
    for (const c of claims) {
      await em.execute(`update live_session_product set sold = sold - ? where id = ?`, [
        c.quantity,
        c.session_product_id,
      ])
      await em.execute(`delete from live_claim where id = ?`, [c.id])
    }
    return claims.reduce((n, c) => n + c.quantity, 0)
  })
}

/** Ties a cart's claims to the order it became, so only a cancellation (not a failed checkout) can give them back. */
export async function attachClaims(sql: SqlManager, cartId: string, orderId: string): Promise<void> {
  await sql.execute(`update live_claim set order_id = ? where cart_id = ? and deleted_at is null`, [orderId, cartId])
}
