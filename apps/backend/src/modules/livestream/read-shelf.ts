import type { InferTypeOf } from "@medusajs/framework/types"
import type { SqlManager } from "./claims"
import type { Host } from "./models/host"
import type { LiveSession } from "./models/live-session"
import type { SessionProduct } from "./models/session-product"

type Sql = Pick<SqlManager, "execute">

/** The rows as the ORM types them, without the relations the store does not read. */
export type ShelfHost = Omit<InferTypeOf<typeof Host>, "sessions">
export type ShelfOffer = Omit<InferTypeOf<typeof SessionProduct>, "session"> & { session_id: string }
/** A session with its host and its offers (not deleted ones, in the order they were added), as the store reads it. */
export type ShelfRow = Omit<InferTypeOf<typeof LiveSession>, "host" | "products" | "links"> & {
  host_id: string
  host: ShelfHost
  products: ShelfOffer[]
}
export type ShelfLink = { id: string; code: string; items: unknown; expires_at: Date; session_id: string }

const SESSION = ["title", "platform", "scheduled_start_at", "scheduled_end_at", "started_at", "ended_at", "host_id"]
const HOST = ["name", "email", "handles", "commission_rate_bps", "status", "status_reason", "approved_at"]
const STAMPS = ["id", "created_at", "updated_at", "deleted_at"]
const columns = (alias: string, names: string[]) => names.map((n) => `${alias}.${n} as ${alias}_${n}`).join(", ")

// One row per offer (one with null offer columns for a session without any): the session's and host's columns repeat,
// prefixed; a link's session, host or offers may be gone (null), which the store answers as such.
const SELECT = `select ${columns("s", [...STAMPS, ...SESSION])}, ${columns("h", [...STAMPS, ...HOST])}, p.*`
const JOINS = `left join host h on h.id = s.host_id and h.deleted_at is null
  left join live_session_product p on p.session_id = s.id and p.deleted_at is null`

type Row = Record<string, unknown>
const pick = <T>(row: Row, alias: string, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, row[`${alias}_${n}`]])) as T

function toShelf(rows: Row[]): ShelfRow | null {
  const first = rows[0]
  if (!first?.s_id || !first.h_id) return null
  const products = rows.flatMap((r) => {
    if (r.id === null || r.id === undefined) return []
    const offer = Object.fromEntries(Object.entries(r).filter(([k]) => !/^(s|h|l)_/.test(k)))
    return [offer as ShelfOffer]
  })
  return {
    ...pick<Omit<ShelfRow, "host" | "products">>(first, "s", [...STAMPS, ...SESSION]),
    host: pick<ShelfHost>(first, "h", [...STAMPS, ...HOST]),
    products,
  }
}

/**
 * The store's read of a session (the shelf, a click): the session, its host and its offers in one statement, instead
 * of the ORM's three (`listLiveSessions` with relations host and products). Null when there is no such session.
 */
export async function readShelf(sql: Sql, sessionId: string): Promise<ShelfRow | null> {
  const rows = await sql.execute<Row[]>(
    `${SELECT} from live_session s ${JOINS} where s.id = ? and s.deleted_at is null order by p.created_at, p.id`,
    [sessionId],
  )
  return toShelf(rows)
}

/**
 * A cart link (by its code, as typed: upper case) and its session as `readShelf` reads it, in one statement. Null
 * when there is no such link; `session` null when the link's session is gone.
 */
export async function readLinkShelf(
  sql: Sql,
  code: string,
): Promise<{ link: ShelfLink; session: ShelfRow | null } | null> {
  const rows = await sql.execute<Row[]>(
    `${SELECT}, ${columns("l", ["id", "code", "items", "expires_at", "session_id"])}
     from cart_link l left join live_session s on s.id = l.session_id and s.deleted_at is null ${JOINS}
     where l.code = ? and l.deleted_at is null order by p.created_at, p.id`,
    [code],
  )
  const first = rows[0]
  if (!first) return null
  return {
    link: pick<ShelfLink>(first, "l", ["id", "code", "items", "expires_at", "session_id"]),
    session: toShelf(rows),
  }
}
