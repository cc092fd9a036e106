import { useTranslations } from "next-intl"
import type { BenefitMechanism } from "@/lib/view/cooperative"

const MESSAGE = { supply: "benefitSupply", dividend: "benefitDividend" } as const

/** The 利益联结机制 in plain words: how a sale becomes household income. */
export function BenefitMechanismSection({ mechanisms }: { mechanisms: BenefitMechanism[] }) {
  const t = useTranslations("cooperatives")
  return (
    <section aria-labelledby="benefit-heading" className="coop-section">
      <h2 id="benefit-heading">{t("benefitTitle")}</h2>
      {mechanisms.length === 0 ? (
        <p className="muted">{t("benefitNone")}</p>
      ) : (
        <ul className="coop-benefits">
          {mechanisms.map((mechanism) => (
            <li key={mechanism}>{t(MESSAGE[mechanism])}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
