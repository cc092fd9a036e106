"use client"

import { skipToken, useQuery } from "@tanstack/react-query"
import { useTranslations } from "next-intl"
import { fetchDivisions } from "@/lib/data/divisions"
import type { DivisionOption } from "@/lib/divisions/cascade"
import { FieldShell, describedBy } from "./field"

type Props = {
  id: string
  name: string
  label: string
  /** The level above (null for provinces); the list stays empty until it is chosen. */
  parent: string | null
  enabled: boolean
  value: string
  onChange: (code: string) => void
  error: string | null
  optionLabel?: (division: DivisionOption) => string
}

/** One level of the province → city → district cascade, fetched when its parent is chosen and kept for the session. */
export function DivisionSelect({
  id,
  name,
  label,
  parent,
  enabled,
  value,
  onChange,
  error,
  optionLabel = (d) => d.name,
}: Props) {
  const t = useTranslations("checkout")
  const divisions = useQuery({
    queryKey: ["divisions", parent ?? "root"],
    queryFn: enabled ? ({ signal }) => fetchDivisions(parent, signal) : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return (
    <FieldShell id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        className="field__control"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, error })}
        aria-busy={divisions.isFetching || undefined}
      >
        <option value="">{divisions.isFetching && !divisions.data ? t("loadingDivisions") : t("choose")}</option>
        {(divisions.data ?? []).map((division) => (
          <option key={division.code} value={division.code}>
            {optionLabel(division)}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

/** The provinces list, shared with DivisionSelect's cache, for labelling a municipality's pseudo-cities. */
export function useProvinceName(code: string): string {
  const provinces = useQuery({
    queryKey: ["divisions", "root"],
    queryFn: ({ signal }) => fetchDivisions(null, signal),
    staleTime: Number.POSITIVE_INFINITY,
  })
  return provinces.data?.find((p) => p.code === code)?.name ?? ""
}
