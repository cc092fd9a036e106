import { useTranslations } from "next-intl"
import type { FiguresView } from "@/lib/view/official"

const CARDS: (keyof FiguresView)[] = [
  "sales",
  "householdIncome",
  "collectiveIncome",
  "households",
  "persons",
  "orders",
  "cooperatives",
  "quantity",
  "refunds",
  "avgPerHousehold",
  "avgPerPerson",
]

/** Every figure of the report's totals, the two the programme is judged by first, the village collectives' beside. */
export function TotalsCards({ totals }: { totals: FiguresView }) {
  const t = useTranslations("official.figures")
  return (
    <dl className="official-totals" data-testid="official-totals">
      {CARDS.map((key) => (
        <div
          key={key}
          className={
            key === "sales" || key === "householdIncome" ? "official-total official-total--lead" : "official-total"
          }
        >
          <dt>{t(key)}</dt>
          <dd data-testid={`total-${key}`}>{totals[key]}</dd>
        </div>
      ))}
    </dl>
  )
}
