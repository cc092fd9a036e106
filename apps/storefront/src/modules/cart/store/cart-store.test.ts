import { describe, expect, it } from "vitest"
import type { CartView } from "@/lib/view/cart"
import { withQuantity } from "@/lib/view/cart-quantity"
import { CART_STALE_MS, CartActionError, createCartStore, type CartWriteResult } from "./cart-store"

function cartWith(quantity: number, id = "cart_1"): CartView {
  return {
    id,
    locale: "zh-CN",
    email: null,
    itemCount: quantity,
    lines: [
      {
        id: "cali_1",
        variantId: "v_millet",
        handle: "changsheng-millet",
        title: "昌盛小米",
        variantTitle: "2.5 kg",
        thumbnail: null,
        quantity,
        unitPriceFen: 3990,
        totalFen: 3990 * quantity,
        listTotalFen: 3990 * quantity,
      },
    ],
    itemsFen: 3990 * quantity,
    shippingFen: 0,
    totalFen: 3990 * quantity,
    shippingAddress: null,
    shippingOptionIds: [],
    liveSessionId: null,
  }
}

/** A promise the test settles by hand, to look at the store while a read or an action is on its way. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

/** A store whose GET /api/cart answers from `reads` in turn, on a clock the test moves. */
function storeWith(initial: CartView | null | undefined, reads: (() => Promise<CartView | null>)[] = []) {
  const clock = { now: 1_000_000 }
  let calls = 0
  const store = createCartStore(initial, {
    readCart: () => {
      const next = reads[calls++]
      if (!next) throw new Error(`unexpected read ${calls}`)
      return next()
    },
    now: () => clock.now,
    wait: async () => {},
  })
  return { store, clock, reads: () => calls }
}

const count = (store: { getSnapshot: () => { cart: CartView | null | undefined } }) =>
  store.getSnapshot().cart?.itemCount

describe("createCartStore: seeding", () => {
  it("shows the server render's cart without reading it again while it is fresh", async () => {
    const { store, reads } = storeWith(cartWith(2))
    await store.refreshIfStale()
    expect(count(store)).toBe(2)
    expect(reads()).toBe(0)
  })

  it("takes a server render without a cart (null) as read: no cart, nothing pending", async () => {
    const { store, reads } = storeWith(null)
    await store.refreshIfStale()
    expect(store.getSnapshot()).toEqual({ cart: null, failed: false })
    expect(reads()).toBe(0)
  })

  it("reads the cart when the server render could not (undefined), and again once it is stale", async () => {
    const { store, clock, reads } = storeWith(undefined, [async () => cartWith(1), async () => cartWith(3)])
    expect(store.getSnapshot().cart).toBeUndefined()
    await store.refreshIfStale()
    expect(count(store)).toBe(1)
    clock.now += CART_STALE_MS - 1
    await store.refreshIfStale()
    expect(reads()).toBe(1)
    clock.now += 1
    await store.refreshIfStale()
    expect(count(store)).toBe(3)
  })

  it("keeps two stores (two tabs, two server renders) apart", async () => {
    const a = storeWith(cartWith(1, "cart_a")).store
    const b = storeWith(cartWith(5, "cart_b")).store
    a.set(null)
    expect(a.getSnapshot().cart).toBeNull()
    expect(b.getSnapshot().cart?.id).toBe("cart_b")
  })
})

describe("createCartStore: writes", () => {
  it("shows a quantity change at once and the server's cart when it answers", async () => {
    const { store } = storeWith(cartWith(1))
    const seen: (number | undefined)[] = []
    store.subscribe(() => seen.push(count(store)))
    const answer = deferred<CartWriteResult>()
    const done = store.write(
      () => answer.promise,
      (cart) => withQuantity(cart, "cali_1", 4),
    )
    expect(count(store)).toBe(4)
    answer.resolve({ ok: true, cart: cartWith(5) })
    await expect(done).resolves.toMatchObject({ itemCount: 5 })
    expect(seen).toEqual([4, 5])
  })

  it("puts the cart back and rejects with the action's error key when the server refuses", async () => {
    const { store } = storeWith(cartWith(2))
    const answer = deferred<CartWriteResult>()
    const done = store.write(
      () => answer.promise,
      (cart) => withQuantity(cart, "cali_1", 0),
    )
    expect(store.getSnapshot().cart?.lines).toEqual([])
    answer.resolve({ ok: false, error: "soldOut" })
    await expect(done).rejects.toEqual(new CartActionError("soldOut"))
    expect(count(store)).toBe(2)
  })

  it("puts the cart back when the action itself fails (the network), as a generic failure", async () => {
    const { store } = storeWith(cartWith(2))
    const done = store.write(
      () => Promise.reject(new TypeError("fetch failed")),
      (cart) => withQuantity(cart, "cali_1", 7),
    )
    await expect(done).rejects.toMatchObject({ key: "failed" })
    expect(count(store)).toBe(2)
  })

  it("leaves the cart as it was when an add without an optimistic change fails", async () => {
    const { store } = storeWith(cartWith(2))
    await expect(store.write(async () => ({ ok: false, error: "unavailable" }))).rejects.toMatchObject({
      key: "unavailable",
    })
    expect(store.getSnapshot()).toEqual({ cart: cartWith(2), failed: false })
  })

  it("does not let a read that started before a change put the old cart back", async () => {
    const stale = deferred<CartView | null>()
    const { store } = storeWith(cartWith(1), [() => stale.promise])
    const reading = store.refresh()
    await store.write(
      async () => ({ ok: true, cart: cartWith(2) }),
      (cart) => withQuantity(cart, "cali_1", 2),
    )
    stale.resolve(cartWith(1))
    await reading
    expect(count(store)).toBe(2)
  })
})

describe("createCartStore: reads", () => {
  it("tries a failed read once more, then marks it failed and keeps what it showed", async () => {
    const fail = async () => Promise.reject(new CartActionError("unavailable"))
    const { store, reads } = storeWith(cartWith(1), [fail, fail])
    await store.refresh()
    expect(reads()).toBe(2)
    expect(store.getSnapshot()).toEqual({ cart: cartWith(1), failed: true })
  })

  it("lets a newer read win over one still on its way (an explicit refresh, like after signing in)", async () => {
    const older = deferred<CartView | null>()
    const { store } = storeWith(null, [() => older.promise, async () => cartWith(3, "cart_customer")])
    const first = store.refresh()
    await store.refresh()
    older.resolve(cartWith(1, "cart_guest"))
    await first
    expect(store.getSnapshot().cart?.id).toBe("cart_customer")
  })

  it("joins a read under way instead of starting another when several parts show the cart at once", async () => {
    const answer = deferred<CartView | null>()
    const { store, reads } = storeWith(undefined, [() => answer.promise])
    const first = store.refreshIfStale()
    const second = store.refreshIfStale()
    answer.resolve(cartWith(2))
    await Promise.all([first, second])
    expect(reads()).toBe(1)
    expect(count(store)).toBe(2)
  })

  it("stops telling a listener once it unsubscribes", () => {
    const { store } = storeWith(cartWith(1))
    let calls = 0
    const unsubscribe = store.subscribe(() => (calls += 1))
    store.set(cartWith(2))
    unsubscribe()
    store.set(cartWith(3))
    expect(calls).toBe(1)
  })
})
