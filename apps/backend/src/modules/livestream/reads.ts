import type { CommissionReport, SessionStats, SessionStatus } from "@fengshou/live-contract"
import type { SqlManager } from "./claims"

type Sql = Pick<SqlManager, "execute">
const int = (v: unknown) => Number(v ?? 0)
const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null)

export function sessionStatus(s: { started_at: Date | string | null; ended_at: Date | string | null }): SessionStatus {
  return s.ended_at ? "ended" : s.started_at ? "live" : "scheduled"
}

/**
 * The live panel's figures: placed orders of the session (canceled ones left out), GMV net of refunds; per product
 * the units and sales as placed. Four small queries on live_order and the session's products.
 */
export async function readSessionStats(sql: Sql, sessionId: string): Promise<SessionStats | null> {
  const [session] = await sql.execute<{ started_at: Date | null; ended_at: Date | null }[]>(
    `select started_at, ended_at from live_session where id = ? and deleted_at is null`,
    [sessionId],
  )
  if (!session) return null
  const [totals] = await sql.execute<Record<string, unknown>[]>(
    `select count(*) as orders, sum(gmv_fen - refunded_fen) as gmv, sum(refunded_fen) as refunded, sum(units) as units, max(placed_at) as last
     from live_order where session_id = ? and canceled_at is null and deleted_at is null`,
    [sessionId],
  )
  const byVariant = await sql.execute<{ variant_id: string; units: string; gmv: string }[]>(
    `select l->>'variant_id' as variant_id, sum((l->>'quantity')::int) as units, sum((l->>'total_fen')::bigint) as gmv
     from live_order o cross join lateral jsonb_array_elements(o.lines) l
     where o.session_id = ? and o.canceled_at is null and o.deleted_at is null group by 1`,
    [sessionId],
  )
  const products = await sql.execute<
    { id: string; variant_id: string; product_title: string; variant_title: string; stock_cap: number; sold: number }[]
  >(
    `select id, variant_id, product_title, variant_title, stock_cap, sold from live_session_product
     where session_id = ? and deleted_at is null order by created_at, id`,
    [sessionId],
  )
  return {
    session_id: sessionId,
    status: sessionStatus(session),
    orders: int(totals?.orders),
    gmv_fen: int(totals?.gmv),
    refunded_fen: int(totals?.refunded),
    units: int(totals?.units),
    products: products.map((p) => {
      const sales = byVariant.find((v) => v.variant_id === p.variant_id)
      return {
        session_product_id: p.id,
        variant_id: p.variant_id,
        title: `${p.product_title} ${p.variant_title}`,
        units: int(sales?.units),
        gmv_fen: int(sales?.gmv),
        stock_cap: p.stock_cap,
        remaining: Math.max(0, p.stock_cap - p.sold),
      }
    }),
    last_order_at: iso(totals?.last),
  }
}

/**
 * A host's commission: per order, the sum of its entries (earned less reversals) is pending while the order is inside
 * the refund window and confirmed (payable) after it; reversals are reported on their own too.
 */
export async function readCommissionReport(
  sql: Sql,
  hostId: string,
  windowDays: number,
  now: Date,
): Promise<Omit<CommissionReport, "commission_rate_bps">> {
  const rows = await sql.execute<Record<string, unknown>[]>(
    `select s.id as session_id, s.title,
       count(distinct o.id) filter (where o.canceled_at is null) as orders,
       coalesce(sum(o.gmv_fen - o.refunded_fen) filter (where o.canceled_at is null), 0) as net_sales,
       coalesce((select sum(e.amount_fen) from host_commission_entry e where e.session_id = s.id and e.deleted_at is null and e.payable_at > ?), 0) as pending,
       coalesce((select sum(e.amount_fen) from host_commission_entry e where e.session_id = s.id and e.deleted_at is null and e.payable_at <= ?), 0) as confirmed,
       coalesce((select -sum(e.amount_fen) from host_commission_entry e where e.session_id = s.id and e.deleted_at is null and e.kind = 'reversed'), 0) as reversed
     from live_session s left join live_order o on o.session_id = s.id and o.deleted_at is null
     where s.host_id = ? and s.deleted_at is null
     group by s.id, s.title, s.scheduled_start_at order by s.scheduled_start_at desc`,
    [now, now, hostId],
  )
  const sessions = rows.map((r) => ({
    session_id: String(r.session_id),
    title: String(r.title),
    orders: int(r.orders),
    net_sales_fen: int(r.net_sales),
    pending_fen: int(r.pending),
    confirmed_fen: int(r.confirmed),
    reversed_fen: int(r.reversed),
  }))
  const sum = (k: keyof (typeof sessions)[number]) => sessions.reduce((s, r) => s + (r[k] as number), 0)
  return {
    refund_window_days: windowDays,
    totals: {
      orders: sum("orders"),
      net_sales_fen: sum("net_sales_fen"),
      pending_fen: sum("pending_fen"),
      confirmed_fen: sum("confirmed_fen"),
      reversed_fen: sum("reversed_fen"),
    },
    sessions,
  }
}
