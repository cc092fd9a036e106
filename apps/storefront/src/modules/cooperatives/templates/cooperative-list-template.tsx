import { useTranslations } from "next-intl"
import type { CooperativeCardView } from "@/lib/view/cooperative"
import { CooperativeCard } from "../components/cooperative-card"

export function CooperativeListTemplate({ cooperatives }: { cooperatives: CooperativeCardView[] }) {
  const t = useTranslations("cooperatives")
  return (
    <section aria-labelledby="cooperatives-heading" className="coop-list">
      <div className="intro">
        <h1 id="cooperatives-heading">{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      {cooperatives.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ul className="coop-grid">
          {cooperatives.map((cooperative) => (
            <li key={cooperative.handle}>
              <CooperativeCard cooperative={cooperative} />
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t("privacy")}</p>
    </section>
  )
}
