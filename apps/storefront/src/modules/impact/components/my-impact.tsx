import { getTranslations } from "next-intl/server"
import { getMyImpact } from "@/lib/data/impact"
import { toImpactView } from "@/lib/view/impact"

/** The signed-in customer's impact over all their orders; streamed, and left out if the read fails. */
export async function MyImpact({ token }: { token: string }) {
  const [wire, t] = await Promise.all([getMyImpact(token).catch(() => null), getTranslations("impact.mine")])
  if (!wire) return null
  const impact = toImpactView(wire)
  return (
    <section aria-labelledby="my-impact-title" className="impact-card" data-testid="my-impact">
      <h2 id="my-impact-title">{t("title")}</h2>
      <p>
        {impact.orders === 0
          ? t("none")
          : t("summary", {
              orders: impact.orders,
              sales: impact.sales,
              part: impact.householdIncome,
              percent: impact.share ?? "0%",
              households: impact.households,
              persons: impact.persons,
            })}
      </p>
    </section>
  )
}
