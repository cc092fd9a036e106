import type { HouseholdIncomeAnswer } from "@fengshou/store-contract"
import { yuanGrouped } from "./format"
import type { PdfRow } from "./pdf-table"
import { DOCUMENT_TEXT, type DocumentLang } from "./text"

/** What a 分红表 prints: the cooperative, its village, and the period's household income answer. */
export type DividendSheetInput = {
  cooperative: { name: string; village: string }
  answer: HouseholdIncomeAnswer
  lang: DocumentLang
  generatedAt: Date
}

/** Column order of the sheet; the last (signature) is left empty for each household to sign. */
export const DIVIDEND_COLUMNS = [
  "code",
  "name",
  "status",
  "persons",
  "supply",
  "dividend",
  "total",
  "signature",
] as const

/**
 * The sheet's rows: one per household (code order) with its supply, dividend and total; the village collective's
 * income; then the totals (households' supply and dividend, and everything paid out: households + collective).
 */
export function dividendRows(answer: HouseholdIncomeAnswer, lang: DocumentLang): PdfRow[] {
  const t = DOCUMENT_TEXT[lang]
  const households = [...answer.households].sort((a, b) => a.code.localeCompare(b.code))
  const rows: PdfRow[] = households.map((h) => ({
    cells: [
      h.code,
      h.name ?? "",
      t.householdStatus[h.status],
      String(h.persons),
      yuanGrouped(h.supply_fen),
      yuanGrouped(h.dividend_fen),
      yuanGrouped(h.total_fen),
      "",
    ],
  }))
  rows.push({ cells: [t.dividend.collective, "", "", "", "", "", yuanGrouped(answer.collective_fen), ""] })
  const sum = (pick: (h: (typeof households)[number]) => number) => households.reduce((s, h) => s + pick(h), 0)
  rows.push({
    shaded: true,
    cells: [
      t.total,
      "",
      "",
      String(sum((h) => h.persons)),
      yuanGrouped(sum((h) => h.supply_fen)),
      yuanGrouped(sum((h) => h.dividend_fen)),
      yuanGrouped(answer.households_fen + answer.collective_fen),
      "",
    ],
  })
  return rows
}
