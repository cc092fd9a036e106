"use client"

import { skipToken, useQuery } from "@tanstack/react-query"
import { useTranslations } from "next-intl"
import { useState } from "react"
import { fetchDivisions } from "@/lib/data/divisions"

type Props = { scope: { code: string; label: string }; initial: string }

/**
 * The region cascade, limited to the official's scope: a province official picks a city, then a county; a city
 * official a county; a county official (or below) reads their scope only. Levels load one at a time from
 * /api/divisions, as the checkout's cascade does. The chosen code goes into the form's `region` field.
 */
export function RegionPicker({ scope, initial }: Props) {
  const t = useTranslations("official.filters")
  const [city, setCity] = useState(scope.code.length === 2 && initial.length >= 4 ? initial.slice(0, 4) : "")
  const [county, setCounty] = useState(scope.code.length <= 4 && initial.length >= 6 ? initial.slice(0, 6) : "")
  const [touched, setTouched] = useState(false)
  const countyParent = scope.code.length === 4 ? scope.code : city
  const region = touched ? county || city || scope.code : initial

  return (
    <fieldset className="official-region">
      <legend>{t("region")}</legend>
      <input type="hidden" name="region" value={region} />
      <p className="muted official-region__scope">{t("scope", { scope: scope.label })}</p>
      {scope.code.length === 2 && (
        <Level
          id="official-city"
          label={t("city")}
          parent={scope.code}
          value={city}
          onChange={(code) => {
            setTouched(true)
            setCity(code)
            setCounty("")
          }}
        />
      )}
      {scope.code.length <= 4 && (
        <Level
          id="official-county"
          label={t("county")}
          parent={countyParent || null}
          value={county}
          onChange={(code) => {
            setTouched(true)
            setCounty(code)
          }}
        />
      )}
    </fieldset>
  )
}

function Level({
  id,
  label,
  parent,
  value,
  onChange,
}: {
  id: string
  label: string
  parent: string | null
  value: string
  onChange: (code: string) => void
}) {
  const t = useTranslations("official.filters")
  const divisions = useQuery({
    queryKey: ["divisions", parent ?? "none"],
    queryFn: parent ? ({ signal }) => fetchDivisions(parent, signal) : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select
        id={id}
        className="field__control"
        value={value}
        disabled={!parent}
        onChange={(e) => onChange(e.target.value)}
        aria-busy={divisions.isFetching || undefined}
      >
        <option value="">{t("all")}</option>
        {(divisions.data ?? []).map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  )
}
