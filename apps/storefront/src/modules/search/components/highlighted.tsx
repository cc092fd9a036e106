import type { Segment } from "@fengshou/search-contract"

/** A text with the parts the search matched in <mark>; segments are plain text, so nothing is parsed as HTML. */
export function Highlighted({ segments, fallback }: { segments: Segment[]; fallback: string }) {
  if (!segments.length) return <>{fallback}</>
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
}
