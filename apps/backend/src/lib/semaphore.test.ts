import { describe, expect, it } from "vitest"
import { createSemaphore } from "./semaphore"

const tick = () => new Promise((r) => setTimeout(r, 0))

describe("semaphore", () => {
  it("lets at most `limit` through, in arrival order", async () => {
    const gate = createSemaphore(2)
    const order: number[] = []
    const releases: (() => void)[] = []
    for (let i = 0; i < 5; i++) void gate.acquire().then((release) => (order.push(i), releases.push(release)))
    await tick()
    expect(order).toEqual([0, 1])
    expect(gate.waiting).toBe(3)
    releases[0]!()
    releases[0]!() // a second release of the same slot frees nothing more
    await tick()
    expect(order).toEqual([0, 1, 2])
    expect(gate.active).toBe(2)
    releases[1]!()
    releases[2]!()
    await tick()
    expect(order).toEqual([0, 1, 2, 3, 4])
  })

  it("refuses a limit below 1", () => {
    expect(() => createSemaphore(0)).toThrow(RangeError)
  })
})
