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
  /**
   * A hold at the first click: it runs this many seconds, and an offer with fewer units left than asked holds what
   * is left (none: `refused` says why) instead of refusing the whole request. Without it the claim is the checkout's:
   * all or none, without expiry, and the cart's claims on offers no longer in it are given back.
   */
  hold?: { seconds: number }
}
export type ClaimResult = {
  granted: { session_product_id: string; quantity: number }[]
  /** Offers of a hold that got nothing, and why (at checkout these throw instead). */
  refused: { session_product_id: string; reason: "sold_out" | "limit_reached"; message: string }[]
}
/** An offer's row as a claim reads it under the lock (and hold-at-once.ts in its statement). */
export type ProductRow = {
  id: string
  stock_cap: number
  per_customer_limit: number
  sold: number
  product_title: string
  variant_title: string
}

export const list = (n: number) => Array.from({ length: n }, () => "?").join(", ")

/**
 * Takes units of session products for a cart in one transaction. The session product rows are locked (FOR UPDATE, in
 * id order so two carts never deadlock), so concurrent claims queue on them and `sold` can never pass `stock_cap`;
 * expired holds on those offers are given back first, under the same lock. A cart's earlier claim counts as its own
 * (a retried completion takes nothing twice, a completion converts the cart's hold).
 */
export async function claimUnits(sql: SqlManager, request: ClaimRequest): Promise<ClaimResult> {
  const result: ClaimResult = { granted: [], refused: [] }
  // The checkout's refusal, thrown once the transaction gave back what it had to.
  let refusal: MedusaError | null = null
  const wanted = [...new Set(request.items.map((i) => i.session_product_id))]
  if (!wanted.length && request.hold) return result
  const keys = [...new Set(request.shopperKeys)]
  if (!keys.length) throw new Error("claimUnits needs at least one shopper key")
  await sql.transactional(async (em) => {
    // At checkout the cart's holds on offers it no longer has go back too, so their rows are locked with the rest.
    const held = request.hold
      ? []
      : await em.execute<{ session_product_id: string }[]>(
          `select session_product_id from live_claim where cart_id = ? and order_id is null and deleted_at is null`,
          [request.cartId],
        )
    const ids = [...new Set([...wanted, ...held.map((h) => h.session_product_id)])].sort()
    if (!ids.length) return
    const products = await em.execute<ProductRow[]>(
      `select id, stock_cap, per_customer_limit, sold, product_title, variant_title from live_session_product
       where id in (${list(ids.length)}) and deleted_at is null order by id for update`,
      ids,
    )
    await releaseExpired(em, ids, products)
    const own = await em.execute<{ session_product_id: string; quantity: number }[]>(
      `select session_product_id, quantity from live_claim where cart_id = ? and deleted_at is null`,
      [request.cartId],
    )
    if (!request.hold) {
      for (const claim of own.filter((o) => !wanted.includes(o.session_product_id))) {
        await em.execute(`delete from live_claim where cart_id = ? and session_product_id = ? and order_id is null`, [
          request.cartId,
          claim.session_product_id,
        ])
        await em.execute(`update live_session_product set sold = sold - ? where id = ?`, [
          claim.quantity,
          claim.session_product_id,
        ])
      }
    }
    const bought = await em.execute<{ session_product_id: string; quantity: string }[]>(
      `select session_product_id, sum(quantity) as quantity from live_claim
       where shopper_keys && array[${list(keys.length)}]::text[] and cart_id <> ? and deleted_at is null
         and session_product_id in (${list(ids.length)})
       group by session_product_id`,
      [...keys, request.cartId, ...ids],
    )
    // All or none at checkout: every line is judged before anything is taken.
    const take: { id: string; quantity: number; already: number }[] = []
    const overLimit: { id: string; keep: number; already: number }[] = []
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
      const limitLeft = Math.max(0, product.per_customer_limit - byShopper)
      const limitMessage = limitRefusal(name, product.per_customer_limit, byShopper, !!request.hold)
      const allowed = unitsAllowed({
        cap: product.stock_cap,
        sold: product.sold - already,
        limit: product.per_customer_limit,
        boughtByShopper: byShopper,
      })
      const left = Math.max(0, product.stock_cap - (product.sold - already))
      const soldOutMessage = soldOut(name, left)
      let quantity = item.quantity
      if (request.hold) {
        quantity = Math.min(item.quantity, allowed)
        if (quantity <= 0) {
          const byLimit = limitLeft === 0
          result.refused.push({
            session_product_id: product.id,
            reason: byLimit ? "limit_reached" : "sold_out",
            message: byLimit ? limitMessage : soldOutMessage,
          })
          continue
        }
      } else if (item.quantity > limitLeft) {
        refusal ??= new MedusaError(MedusaError.Types.NOT_ALLOWED, limitMessage, "live_limit_reached")
        // Units held beyond what this shopper may still buy help no one: they go back now (kept up to the limit).
        if (already > limitLeft) overLimit.push({ id: product.id, keep: limitLeft, already })
        continue
      } else if (item.quantity > allowed) {
        refusal ??= new MedusaError(MedusaError.Types.NOT_ALLOWED, soldOutMessage, "live_sold_out")
        continue
      }
      if (refusal) continue
      take.push({ id: product.id, quantity, already })
    }
    if (refusal) {
      for (const o of overLimit) {
        if (o.keep)
          await em.execute(`update live_claim set quantity = ? where cart_id = ? and session_product_id = ?`, [
            o.keep,
            request.cartId,
            o.id,
          ])
        else
          await em.execute(`delete from live_claim where cart_id = ? and session_product_id = ? and order_id is null`, [
            request.cartId,
            o.id,
          ])
        await em.execute(`update live_session_product set sold = sold - ? where id = ?`, [o.already - o.keep, o.id])
      }
      return
    }
    for (const { id, quantity, already } of take) {
      const delta = quantity - already
      if (delta !== 0) await em.execute(`update live_session_product set sold = sold + ? where id = ?`, [delta, id])
      await em.execute(
        `insert into live_claim (id, session_product_id, cart_id, shopper_key, shopper_keys, quantity, expires_at)
         values (?, ?, ?, ?, array[${list(keys.length)}]::text[], ?, ${request.hold ? "now() + ? * interval '1 second'" : "null"})
         on conflict (cart_id, session_product_id) where deleted_at is null
         do update set quantity = excluded.quantity, shopper_keys = excluded.shopper_keys, expires_at = excluded.expires_at`,
        [
          `lclm_${crypto.randomUUID().replace(/-/g, "")}`,
          id,
          request.cartId,
          keys[0],
          ...keys,
          quantity,
          ...(request.hold ? [request.hold.seconds] : []),
        ],
      )
      result.granted.push({ session_product_id: id, quantity })
    }
  })
  if (refusal) throw refusal
  return result
}

/** The per-shopper limit's refusal: what the shopper has already (held or bought at a click) and what is left. */
export const limitRefusal = (name: string, limit: number, byShopper: number, hold: boolean) =>
  `${name}: limit ${limit} per shopper in this live session` +
  (byShopper ? (hold ? `, you already have ${byShopper} held or bought` : `, you already bought ${byShopper}`) : "") +
  `. Lower the quantity to ${Math.max(0, limit - byShopper)} or remove it.`

export const soldOut = (name: string, left: number) =>
  left
    ? `${name}: only ${left} left at the live price. Lower the quantity to ${left}.`
    : `${name}: sold out in this live session. Remove it from your cart to check out.`

/**
 * A first click's refusal read without the lock, when the hold's transaction could only refuse it as sold out: every
 * offer has `sold >= stock_cap` (running holds count in `sold`), no unconverted hold on it has expired (the claim's
 * lazy release would give those units back first), and neither the cart nor any of the shopper's keys has a claim on
 * it (then the claim decides: the cart's own hold, or the per-shopper limit). One statement, one snapshot: the answer
 * is the claim's as if it had run at that moment. Null when the claim must run.
 */
export async function refuseSoldOutHold(
  sql: SqlManager,
  request: Omit<ClaimRequest, "hold">,
): Promise<ClaimResult | null> {
  const ids = [...new Set(request.items.map((i) => i.session_product_id))]
  const keys = [...new Set(request.shopperKeys)]
  if (!ids.length || !keys.length) return null
  const full = await sql.execute<{ id: string; product_title: string; variant_title: string }[]>(
    `select p.id, p.product_title, p.variant_title from live_session_product p
     where p.id in (${list(ids.length)}) and p.deleted_at is null and p.sold >= p.stock_cap and p.per_customer_limit > 0
       and not exists (select 1 from live_claim c where c.session_product_id = p.id and c.order_id is null
         and c.expires_at is not null and c.expires_at <= now() and c.deleted_at is null)
       and not exists (select 1 from live_claim c where c.cart_id = ? and c.session_product_id = p.id
         and c.deleted_at is null)
       and not exists (select 1 from live_claim c where c.shopper_keys && array[${list(keys.length)}]::text[]
         and c.session_product_id = p.id and c.deleted_at is null)`,
    [...ids, request.cartId, ...keys],
  )
  if (full.length < ids.length) return null
  return {
    granted: [],
    refused: request.items.map((item) => {
      const p = full.find((f) => f.id === item.session_product_id)!
      return {
        session_product_id: p.id,
        reason: "sold_out",
        message: soldOut(`${p.product_title} ${p.variant_title}`, 0),
      }
    }),
  }
}

/**
 * Gives back the expired holds on these offers, whose rows the caller has locked; `products` (their rows as read under
 * the lock) get the new `sold`.
 */
async function releaseExpired(em: SqlManager, ids: string[], products: { id: string; sold: number }[] = []) {
  const gone = await em.execute<{ session_product_id: string; quantity: number }[]>(
    `delete from live_claim where session_product_id in (${list(ids.length)}) and order_id is null
       and expires_at is not null and expires_at <= now() and deleted_at is null
     returning session_product_id, quantity`,
    ids,
  )
  const units = new Map<string, number>()
  for (const g of gone) units.set(g.session_product_id, (units.get(g.session_product_id) ?? 0) + Number(g.quantity))
  for (const [id, quantity] of units) {
    await em.execute(`update live_session_product set sold = sold - ? where id = ?`, [quantity, id])
    const row = products.find((p) => p.id === id)
    if (row) row.sold -= quantity
  }
  return [...units.values()].reduce((n, q) => n + q, 0)
}

/**
 * The release job (jobs/release-live-holds.ts): every hold past its end goes back to its offer's cap, a batch of
 * offers per transaction, locked in id order like a claim. Returns the units given back.
 */
export async function releaseExpiredHolds(sql: SqlManager, batch = 200): Promise<number> {
  let released = 0
  for (;;) {
    const due = await sql.execute<{ session_product_id: string }[]>(
      `select distinct session_product_id from live_claim
       where order_id is null and expires_at is not null and expires_at <= now() and deleted_at is null
       order by session_product_id limit ?`,
      [batch],
    )
    if (!due.length) return released
    const ids = due.map((d) => d.session_product_id)
    released += await sql.transactional(async (em) => {
      await em.execute(
        `select id from live_session_product where id in (${list(ids.length)}) order by id for update`,
        ids,
      )
      return releaseExpired(em, ids)
    })
    if (due.length < batch) return released
  }
}

export type HoldRow = { session_product_id: string; variant_id: string; quantity: number; expires_at: Date }

/** A cart's running holds, after giving back the ones that expired (the lazy half of the release), and the DB clock. */
export async function cartHolds(sql: SqlManager, cartId: string): Promise<{ holds: HoldRow[]; now: Date }> {
  return sql.transactional(async (em) => {
    const expired = await em.execute<{ session_product_id: string }[]>(
      `select distinct session_product_id from live_claim where cart_id = ? and order_id is null
         and expires_at is not null and expires_at <= now() and deleted_at is null`,
      [cartId],
    )
    if (expired.length) {
      const ids = expired.map((e) => e.session_product_id).sort()
      await em.execute(
        `select id from live_session_product where id in (${list(ids.length)}) order by id for update`,
        ids,
      )
      await releaseExpired(em, ids)
    }
    const holds = await em.execute<HoldRow[]>(
      `select c.session_product_id, p.variant_id, c.quantity, c.expires_at from live_claim c
       join live_session_product p on p.id = c.session_product_id
       where c.cart_id = ? and c.order_id is null and c.expires_at is not null and c.deleted_at is null
       order by c.expires_at, c.session_product_id`,
      [cartId],
    )
    const [clock] = await em.execute<{ now: Date }[]>(`select now() as now`)
    return { holds, now: clock!.now }
  })
}

/**
 * The running holds under a cart id or hold token and the DB clock, in one plain statement without a lock or a write
 * (the click that only holds reads this on every repeated click; the claim's lazy release deals with expired ones).
 */
export async function runningHolds(sql: SqlManager, cartId: string): Promise<{ holds: HoldRow[]; now: Date }> {
  const rows = await sql.execute<(HoldRow & { now: Date })[]>(
    `select n.now, c.session_product_id, p.variant_id, c.quantity, c.expires_at from (select now() as now) n
     left join live_claim c on c.cart_id = ? and c.order_id is null and c.expires_at > n.now and c.deleted_at is null
     left join live_session_product p on p.id = c.session_product_id
     order by c.expires_at, c.session_product_id`,
    [cartId],
  )
  const holds = rows
    .filter((r) => r.session_product_id)
    .map(({ session_product_id, variant_id, quantity, expires_at }) => ({
      session_product_id,
      variant_id,
      quantity,
      expires_at,
    }))
  return { holds, now: rows[0]!.now }
}

/**
 * Moves the holds on these offers taken under a hold token or a placeholder key to the cart made or filled with
 * them, under the cart's shopper keys: from then on the per-shopper limit counts them as that cart's customer, email
 * and mobile. The caller has given back any claim the cart itself had on those offers (one claim per cart and offer).
 */
export async function moveClaims(
  sql: SqlManager,
  fromCartId: string,
  toCartId: string,
  to: { offerIds: string[]; shopperKeys: string[] },
): Promise<void> {
  const keys = [...new Set(to.shopperKeys)]
  if (!to.offerIds.length || !keys.length) return
  await sql.execute(
    `update live_claim set cart_id = ?, shopper_key = ?, shopper_keys = array[${list(keys.length)}]::text[]
     where cart_id = ? and session_product_id in (${list(to.offerIds.length)}) and order_id is null
       and deleted_at is null`,
    [toCartId, keys[0], ...keys, fromCartId, ...to.offerIds],
  )
}

/** Gives back a cart's not yet ordered claims on these offers (a hold whose cart could not take the items). */
export async function releaseOffers(sql: SqlManager, cartId: string, offerIds: string[]): Promise<void> {
  if (!offerIds.length) return
  await sql.transactional(async (em) => {
    const ids = [...offerIds].sort()
    await em.execute(
      `select id from live_session_product where id in (${list(ids.length)}) order by id for update`,
      ids,
    )
    const gone = await em.execute<{ session_product_id: string; quantity: number }[]>(
      `delete from live_claim where cart_id = ? and order_id is null and deleted_at is null
         and session_product_id in (${list(ids.length)}) returning session_product_id, quantity`,
      [cartId, ...ids],
    )
    for (const g of gone)
      await em.execute(`update live_session_product set sold = sold - ? where id = ?`, [
        g.quantity,
        g.session_product_id,
      ])
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

/**
 * Ties a cart's claims to the order it became, so only a cancellation (not a failed checkout) can give them back.
 * Only the checkout's claims (no expiry): a hold the order did not convert still expires.
 */
export async function attachClaims(sql: SqlManager, cartId: string, orderId: string): Promise<void> {
  await sql.execute(
    `update live_claim set order_id = ? where cart_id = ? and expires_at is null and deleted_at is null`,
    [orderId, cartId],
  )
}
