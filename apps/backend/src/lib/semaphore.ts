/**
 * A first-come, first-served gate for at most `limit` concurrent holders. `acquire` resolves with the release
 * function once a slot is free; releasing twice is harmless.
 */
export function createSemaphore(limit: number) {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("a semaphore needs a limit of at least 1")
  let active = 0
  const waiting: (() => void)[] = []
  const grant = (): (() => void) => {
    active++
    let released = false
    return () => {
      if (released) return
      released = true
      active--
      waiting.shift()?.()
    }
  }
  return {
    acquire(): Promise<() => void> {
      if (active < limit && !waiting.length) return Promise.resolve(grant())
      return new Promise((resolve) => waiting.push(() => resolve(grant())))
    },
    get active() {
      return active
    },
    get waiting() {
      return waiting.length
    },
  }
}
