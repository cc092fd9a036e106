"use client"

import { useLocale, useTranslations } from "next-intl"
import { useEffect, type RefObject } from "react"
import { useRouter } from "@/i18n/navigation"
import type { Suggestion } from "@/lib/data/search-suggestions"
import { useSuggestions } from "../hooks/use-suggestions"
import { Highlighted } from "./highlighted"

/** What the box's keyboard handling needs of the list: how many options it shows, and opening the one at an index. */
export type ShownSuggestions = { count: number; open: (index: number) => boolean }

type Props = {
  id: string
  text: string
  /** The option the arrow keys are on (-1: none). */
  active: number
  /** Called as an option's product page is opened. */
  onOpen: () => void
  shown: RefObject<ShownSuggestions>
}

/**
 * The search box's suggestions while the shopper types: loaded with the box's first focus, not with the page, since
 * most visitors never type in it.
 */
export function SuggestionList({ id, text, active, onOpen, shown }: Props) {
  const t = useTranslations("search")
  const en = useLocale() === "en"
  const router = useRouter()
  const { data, isFetching } = useSuggestions(text)
  const hits = data ?? []
  const open = (hit: Suggestion) => {
    onOpen()
    router.push(`/products/${hit.handle}`)
  }
  useEffect(() => {
    shown.current = {
      count: hits.length,
      open: (index) => {
        const hit = hits[index]
        if (hit) open(hit)
        return Boolean(hit)
      },
    }
  })
  useEffect(() => () => void (shown.current = { count: 0, open: () => false }), [shown])
  return (
    <ul id={id} role="listbox" aria-label={t("suggestions")} aria-busy={isFetching} className="search-box__list">
      {hits.map((hit, i) => (
        <li
          key={hit.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className="search-box__option"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => open(hit)}
        >
          <span className="search-box__title">
            <Highlighted
              segments={en && hit.title_en ? hit.highlights.title_en : hit.highlights.title}
              fallback={hit.title}
            />
          </span>
          {hit.cooperative && (
            <span className="search-box__meta">
              {en ? (hit.cooperative.name_en ?? hit.cooperative.name) : hit.cooperative.name}
            </span>
          )}
        </li>
      ))}
      {!hits.length && !isFetching && <li className="search-box__empty">{t("noSuggestions")}</li>}
    </ul>
  )
}
