"use client"

import { useEffect, useRef, type ReactNode } from "react"

const WIDE = "(min-width: 48rem)"

/**
 * The facets as a disclosure: closed on a phone, so the results are in the first screen; open beside them on a
 * wider screen. The server cannot know the width, so the page is sent closed: CSS shows the panel on wide screens
 * at once where browsers style ::details-content, and this opens it once hydrated everywhere else.
 */
export function FacetsDisclosure({
  summary,
  label,
  children,
}: {
  summary: string
  label: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (ref.current && window.matchMedia(WIDE).matches) ref.current.open = true
  }, [])
  return (
    <details ref={ref} className="search-facets">
      <summary className="search-facets__summary">{summary}</summary>
      <nav className="search-facets__body" aria-label={label}>
        {children}
      </nav>
    </details>
  )
}
