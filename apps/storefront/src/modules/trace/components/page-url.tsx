"use client"

import { useSyncExternalStore } from "react"

const subscribe = () => () => {}

/**
 * `path` as a whole address on the host the browser reached it on. A cached page cannot know that host, so the HTML
 * holds the path and the browser puts its origin in front.
 */
export function PageUrl({ path, className }: { path: string; className?: string }) {
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => "",
  )
  return <span className={className}>{`${origin}${path}`}</span>
}
