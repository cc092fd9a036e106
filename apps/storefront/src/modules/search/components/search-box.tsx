"use client"

import { useSearchParams } from "next/navigation"
import { useLocale, useTranslations } from "next-intl"
import { useId, useState, type KeyboardEvent } from "react"
import { usePathname, useRouter } from "@/i18n/navigation"
import type { Suggestion } from "@/lib/data/search-suggestions"
import { queryInBox } from "@/lib/view/search-box"
import { useSuggestions } from "../hooks/use-suggestions"
import { Highlighted } from "./highlighted"
import "@/app/styles/search.css"

/**
 * The header's search field: suggestions while typing (a combobox: arrows move, Enter opens, Escape closes);
 * Enter on the text, or the button, opens /search. Without JavaScript it is a plain GET form to /search.
 * On the results page it holds the query shown, and follows it when a link (a "did you mean") changes it.
 * `maxLength` is the search contract's limit, handed over by the server so the contract (and zod) stay out of the bundle.
 */
export function SearchBox({ action, maxLength }: { action: string; maxLength: number }) {
  const t = useTranslations("search")
  const en = useLocale() === "en"
  const router = useRouter()
  const listId = useId()
  const current = queryInBox(usePathname(), useSearchParams().get("q"), maxLength)
  const [text, setText] = useState(current)
  const [shown, setShown] = useState(current)
  if (shown !== current) {
    // The page's query changed under the box (the layout, and so the box, stays mounted across navigations).
    setShown(current)
    setText(current)
  }
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const { data, isFetching } = useSuggestions(text)
  const hits = text.trim() ? (data ?? []) : []
  const showList = open && text.trim().length > 0

  const go = (hit: Suggestion) => {
    setOpen(false)
    router.push(`/products/${hit.handle}`)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault()
      setOpen(true)
      const n = hits.length
      if (n) setActive((i) => (e.key === "ArrowDown" ? (i + 1) % n : (i - 1 + n) % n))
    } else if (e.key === "Escape") {
      setOpen(false)
      setActive(-1)
    } else if (e.key === "Enter" && showList && hits[active]) {
      e.preventDefault()
      go(hits[active])
    }
  }

  return (
    <form role="search" action={action} method="get" className="search-box" onSubmit={() => setOpen(false)}>
      <input
        type="search"
        name="q"
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        placeholder={t("placeholder")}
        aria-label={t("label")}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        maxLength={maxLength}
        className="search-box__input"
      />
      <button type="submit" className="search-box__button">
        {t("submit")}
      </button>
      {showList && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suggestions")}
          aria-busy={isFetching}
          className="search-box__list"
        >
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search-box__option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(hit)}
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
      )}
    </form>
  )
}
