"use client"
// A read from the browser for the pages every shopper sees (suggestions, live stock, a cart's live holds), small
// enough to keep a query library out of their first download. The read for a key runs after render; a new key aborts
// the old key's request, so a stale answer never lands; a failed read is tried once more.
import { useEffect, useRef, useState } from "react"

const RETRY_DELAY_MS = 1_000

type Options = {
  /** While the new key's answer is on its way, show the previous key's answer if this says so. */
  keepPrevious?: (previousKey: string) => boolean
  /** Read again this often while shown (live stock). */
  everyMs?: number
}

export type Fetched<T> = {
  data: T | undefined
  /** The read for the current key failed (twice). */
  isError: boolean
  isFetching: boolean
  /** `data` is the previous key's answer, kept while the current key's is read. */
  isPlaceholder: boolean
  /** Reads the current key again. */
  reload: () => void
}

/** The last answer (and for which key), and whether a read is under way. */
type State<T> = { key: string | null; data?: T; failed?: boolean; fetching?: boolean }

/** `read` answers for `key`; a null key reads nothing (the input is not there yet). */
export function useFetched<T>(
  key: string | null,
  read: (signal: AbortSignal) => Promise<T>,
  { keepPrevious, everyMs }: Options = {},
): Fetched<T> {
  const [state, setState] = useState<State<T>>({ key: null })
  const [round, setRound] = useState(0)
  // The latest `read` (callers pass a new closure each render); the key says when to read, not its identity.
  const latestRead = useRef(read)
  useEffect(() => {
    latestRead.current = read
  })

  useEffect(() => {
    if (key === null) return
    const controller = new AbortController()
    const { signal } = controller
    let retry: ReturnType<typeof setTimeout> | undefined
    const attempt = (retries: number) => {
      setState((last) => ({ ...last, fetching: true }))
      latestRead.current(signal).then(
        (data) => {
          if (!signal.aborted) setState({ key, data })
        },
        () => {
          if (signal.aborted) return
          if (retries > 0) retry = setTimeout(attempt, RETRY_DELAY_MS, retries - 1)
          // A failed re-read keeps what this key last answered (live stock read again every 30 s).
          else setState((last) => ({ key, data: last.key === key ? last.data : undefined, failed: true }))
        },
      )
    }
    attempt(1)
    const every = everyMs ? setInterval(attempt, everyMs, 0) : undefined
    return () => {
      controller.abort()
      clearTimeout(retry)
      clearInterval(every)
    }
  }, [key, round, everyMs])

  const current = state.key === key
  const kept =
    !current && key !== null && state.key !== null && state.data !== undefined && Boolean(keepPrevious?.(state.key))
  return {
    data: current || kept ? state.data : undefined,
    isError: current && Boolean(state.failed),
    // Also before the effect has started the new key's read, so nothing claims "no answer" for a key not yet asked.
    isFetching: key !== null && (!current || Boolean(state.fetching)),
    isPlaceholder: kept,
    reload: () => setRound((n) => n + 1),
  }
}
