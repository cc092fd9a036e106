import { getTranslations } from "next-intl/server"
import { getOrderImpact } from "@/lib/data/impact"
import { toOrderImpactView, type WireOrderImpact } from "@/lib/view/impact"

// The ledger writer runs on order.placed, a moment after the order exists: wait for it a little, then say it is coming.
const ATTEMPTS = 8
const PAUSE_MS = 400

async function recordedImpact(orderId: string): Promise<WireOrderImpact | null> {
  for (let attempt = 1; ; attempt++) {
    const impact = await getOrderImpact(orderId)
    if (!impact || impact.recorded || attempt === ATTEMPTS) return impact
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS))
  }
}

/** How much of this order reached 脱贫户/监测户, and how many; streamed in under Suspense on the confirmation page. */
export async function OrderImpact({ orderId }: { orderId: string }) {
  const [wire, t] = await Promise.all([recordedImpact(orderId).catch(() => null), getTranslations("impact.order")])
  if (!wire) return null
  const impact = toOrderImpactView(wire)
  const text = !impact.recorded
    ? t("pending")
    : impact.households > 0
      ? t("reached", {
          part: impact.householdIncome,
          total: impact.sales,
          percent: impact.share ?? "0%",
          households: impact.households,
          persons: impact.persons,
        })
      : t("none")
  return (
    <section aria-labelledby="order-impact-title" className="impact-card" data-testid="order-impact">
      <h2 id="order-impact-title">{t("title")}</h2>
      <p>{text}</p>
    </section>
  )
}
