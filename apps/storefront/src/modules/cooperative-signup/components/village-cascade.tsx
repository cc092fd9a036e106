"use client"

import { useTranslations } from "next-intl"
import { useState } from "react"
import { DivisionSelect } from "@/modules/common/components/division-select"
import styles from "../sign-up.module.css"

const LEVELS = [
  { key: "province", width: 2 },
  { key: "city", width: 4 },
  { key: "county", width: 6 },
  { key: "township", width: 9 },
  { key: "village", width: 12 },
] as const

/**
 * Province → city → county → township → village committee, one level fetched at a time (/api/divisions and
 * /api/divisions/lower through the checkout's DivisionSelect). The village's 12-digit code is the form's
 * division_code; its error shows under the village select, the level still to choose.
 */
export function VillageCascade({ initial, error }: { initial?: string | null; error: string | null }) {
  const t = useTranslations("cooperativeSignUp.cooperative")
  const [codes, setCodes] = useState<string[]>(() =>
    LEVELS.map((l) => (initial && initial.length === 12 ? initial.slice(0, l.width) : "")),
  )
  const choose = (level: number, code: string) =>
    setCodes((before) => before.map((c, i) => (i < level ? c : i === level ? code : "")))
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t("division")}</legend>
      {LEVELS.map((level, i) => (
        <DivisionSelect
          key={level.key}
          id={`signup-${level.key}`}
          name={level.key}
          label={t(level.key)}
          // A level whose parent is not chosen yet gets a key of its own: null would share the provinces' cache entry.
          parent={i === 0 ? null : codes[i - 1] || `unchosen-${level.key}`}
          enabled={i === 0 || Boolean(codes[i - 1])}
          value={codes[i] ?? ""}
          onChange={(code) => choose(i, code)}
          // The error belongs to the first level still empty (the village when all else is chosen).
          error={error && (codes.findIndex((c) => !c) === i || (i === 4 && codes.every(Boolean))) ? error : null}
        />
      ))}
      <input type="hidden" name="division_code" value={codes[4] ?? ""} />
    </fieldset>
  )
}
