"use client"

import { useSearchParams } from "next/navigation"
import { useTranslations } from "next-intl"
import { lazy, Suspense, useId, useRef, useState, type KeyboardEvent } from "react"
import { usePathname } from "@/i18n/navigation"
import { queryInBox } from "@/lib/view/search-box"
import type { ShownSuggestions } from "./suggestion-list"
import "@/app/styles/search.css"

// The suggestions (their list, requests and answer check) load when the box is first focused, not with every page.
const loadList = () => import("./suggestion-list")
const SuggestionList = lazy(() => loadList().then((m) => ({ default: m.SuggestionList })))

/**
 * The header's search field: suggestions while typing (a combobox: arrows move, Enter opens, Escape closes);
 * Enter on the text, or the button, opens /search. Without JavaScript it is a plain GET form to /search.
 * On the results page it holds the query shown, and follows it when a link (a "did you mean") changes it.
 * `maxLength` is the search contract's limit, handed over by the server so the contract (and zod) stay out of the bundle.
 */
export function SearchBox({ action, maxLength }: { action: string; maxLength: number }) {
  const t = useTranslations("search")
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
  // The options the list shows, for the arrow keys and Enter (the list keeps it current).
  const list = useRef<ShownSuggestions>({ count: 0, open: () => false })
  const showList = open && text.trim().length > 0

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault()
      setOpen(true)
      const n = list.current.count
      if (n) setActive((i) => (e.key === "ArrowDown" ? (i + 1) % n : (i - 1 + n) % n))
    } else if (e.key === "Escape") {
      setOpen(false)
      setActive(-1)
    } else if (e.key === "Enter" && showList && list.current.open(active)) {
      e.preventDefault()
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
        onFocus={() => (setOpen(true), void loadList())}
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
        <Suspense fallback={null}>
          <SuggestionList id={listId} text={text} active={active} onOpen={() => setOpen(false)} shown={list} />
        </Suspense>
      )}
    </form>
  )
}
