import {
  list,
  limitRefusal,
  soldOut,
  type ClaimRequest,
  type ClaimResult,
  type ProductRow,
  type SqlManager,
} from "./claims"

type Row = ProductRow & {
  bought: number
  take: number
  granted: number | null
}

/**
 * A hold of one offer in one statement, for the common click: a shopper key with no claim of its own on the offer and
 * no expired hold on it to give back. The statement takes what is left up to the quantity asked and the limit, and
 * writes `sold` and the claim together; the offer's row is locked only while PostgreSQL runs it, not across the
 * round trips of a transaction, so a burst's winning clicks do not queue behind each other's event loops, and a click
 * that finds the cap reached in its snapshot refuses without any lock. The cap is tested again on the locked row
 * (`sold + take <= stock_cap`, and the CHECK behind it). The limit counts the claims the statement's snapshot sees: two
 * clicks of one shopper at the same instant may both hold; the checkout counts every key again.
 * Null when the transaction (claims.ts claimUnits) must decide: an expired hold or a claim of this key, a race at the
 * cap's edge, or a click of the same key that inserted first.
 */
export async function holdAtOnce(
  sql: SqlManager,
  request: Omit<ClaimRequest, "items" | "hold">,
  item: ClaimRequest["items"][number],
  seconds: number,
): Promise<ClaimResult | null> {
  const keys = [...new Set(request.shopperKeys)]
  if (!keys.length) throw new Error("holdAtOnce needs at least one shopper key")
  let rows: Row[]
  try {
    rows = await sql.execute<Row[]>(
      `with p as (
         select id, stock_cap, per_customer_limit, sold, product_title, variant_title from live_session_product
         where id = ? and deleted_at is null
       ), ask as (
         select p.*, least(?::int, greatest(0, p.per_customer_limit - b.bought), greatest(0, p.stock_cap - p.sold)) as take,
           b.bought
         from p, lateral (select coalesce(sum(c.quantity), 0)::int as bought from live_claim c
           where c.shopper_keys && array[${list(keys.length)}]::text[] and c.cart_id <> ? and c.session_product_id = p.id
             and c.deleted_at is null) b
         where not exists (select 1 from live_claim c where c.session_product_id = p.id and c.order_id is null
             and c.expires_at is not null and c.expires_at <= now() and c.deleted_at is null)
           and not exists (select 1 from live_claim c where c.cart_id = ? and c.session_product_id = p.id
             and c.deleted_at is null)
       ), up as (
         update live_session_product s set sold = s.sold + ask.take from ask
         where s.id = ask.id and ask.take > 0 and s.sold + ask.take <= s.stock_cap
         returning s.id, ask.take
       ), ins as (
         insert into live_claim (id, session_product_id, cart_id, shopper_key, shopper_keys, quantity, expires_at)
         select ?, up.id, ?, ?, array[${list(keys.length)}]::text[], up.take, now() + ? * interval '1 second' from up
         returning quantity
       )
       select ask.*, (select quantity from ins) as granted from ask`,
      [
        item.session_product_id,
        item.quantity,
        ...keys,
        request.cartId,
        request.cartId,
        `lclm_${crypto.randomUUID().replace(/-/g, "")}`,
        request.cartId,
        keys[0],
        ...keys,
        seconds,
      ],
    )
  } catch (error) {
    // The same key's other click inserted its claim first (one claim per cart and offer): the transaction decides.
    const e = error as { code?: string; name?: string }
    if (e.code === "23505" || e.name === "UniqueConstraintViolationException") return null
    throw error
  }
  const [row] = rows
  if (!row) return null
  const take = Number(row.take)
  if (take > 0) {
    if (row.granted == null) return null
    return { granted: [{ session_product_id: row.id, quantity: Number(row.granted) }], refused: [] }
  }
  const name = `${row.product_title} ${row.variant_title}`
  const bought = Number(row.bought)
  const byLimit = row.per_customer_limit - bought <= 0
  return {
    granted: [],
    refused: [
      {
        session_product_id: row.id,
        reason: byLimit ? "limit_reached" : "sold_out",
        message: byLimit
          ? limitRefusal(name, row.per_customer_limit, bought, true)
          : soldOut(name, Math.max(0, row.stock_cap - row.sold)),
      },
    ],
  }
}
