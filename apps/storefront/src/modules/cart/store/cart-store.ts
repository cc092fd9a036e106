// The shopper's cart in the browser, without a query library (react-query was ~13 KB gzip on every page for this):
// one store per browser tab, created by the Providers from the server render's cart (never a module-level cart, which
// on the server would be shared between requests). Components read it with useSyncExternalStore (../hooks/use-cart).
// Writes go through server actions; a quantity change shows at once and rolls back if the server refuses it.
import type { ActionErrorKey } from "@/lib/action-error"
import type { CartView } from "@/lib/view/cart"

/** How long a read of the cart counts as fresh: after that, a newly shown cart or a focused tab reads it again. */
export const CART_STALE_MS = 30_000
const RETRY_DELAY_MS = 1_000

/** `cart`: undefined until first read (the server could not reach the backend); null when there is no cart. */
export type CartSnapshot = { cart: CartView | null | undefined; failed: boolean }

/** What a cart server action answers. */
export type CartWriteResult = { ok: true; cart: CartView | null } | { ok: false; error: ActionErrorKey }

/** A failed cart action or read; `key` picks the message the shopper sees. */
export class CartActionError extends Error {
  constructor(readonly key: ActionErrorKey) {
    super(`cart action failed: ${key}`)
  }
}

export type CartStoreDeps = {
  /** GET /api/cart; rejects when it fails. */
  readCart: () => Promise<CartView | null>
  now?: () => number
  wait?: (ms: number) => Promise<void>
}

export type CartStore = ReturnType<typeof createCartStore>

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createCartStore(initial: CartView | null | undefined, deps: CartStoreDeps) {
  const now = deps.now ?? Date.now
  const wait = deps.wait ?? sleep
  let snapshot: CartSnapshot = { cart: initial, failed: false }
  let readAt = initial === undefined ? Number.NEGATIVE_INFINITY : now()
  // Bumped by every write and every read started: only the latest may show its answer, so a read that was under way
  // when the shopper changed a quantity does not put the old cart back.
  let version = 0
  let inFlight: { version: number; done: Promise<void> } | null = null
  const listeners = new Set<() => void>()

  const publish = (next: CartSnapshot) => {
    snapshot = next
    for (const listener of listeners) listener()
  }
  const set = (cart: CartView | null) => {
    version += 1
    readAt = now()
    publish({ cart, failed: false })
  }

  /** Reads the cart again (retrying once), superseding any read under way. */
  function refresh(): Promise<void> {
    const mine = ++version
    const done = deps
      .readCart()
      .catch(async () => (await wait(RETRY_DELAY_MS), deps.readCart()))
      .then(
        (cart) => {
          if (mine !== version) return
          readAt = now()
          publish({ cart, failed: false })
        },
        () => {
          if (mine === version) publish({ cart: snapshot.cart, failed: true })
        },
      )
      .finally(() => {
        if (inFlight?.version === mine) inFlight = null
      })
    inFlight = { version: mine, done }
    return done
  }

  /**
   * Runs a cart server action and shows its answer. With `optimistic`, the cart shows that change at once and goes back
   * to what it was if the action fails. Rejects with a CartActionError.
   */
  async function write(
    action: () => Promise<CartWriteResult>,
    optimistic?: (cart: CartView) => CartView,
  ): Promise<CartView | null> {
    const previous = snapshot.cart
    if (optimistic && previous) set(optimistic(previous))
    const rollback = () => optimistic && set(previous ?? null)
    let result: CartWriteResult
    try {
      result = await action()
    } catch {
      rollback()
      throw new CartActionError("failed")
    }
    if (!result.ok) {
      rollback()
      throw new CartActionError(result.error)
    }
    set(result.cart)
    return result.cart
  }

  return {
    getSnapshot: (): CartSnapshot => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Shows `cart` as the shopper's cart (an action answered with it, or null once it became an order). */
    set,
    refresh,
    /** Reads the cart if it was never read or the last read is older than CART_STALE_MS, joining a read under way. */
    refreshIfStale(): Promise<void> {
      if (inFlight?.version === version) return inFlight.done
      return now() - readAt >= CART_STALE_MS ? refresh() : Promise.resolve()
    },
    write,
  }
}
