import { useTranslations } from "next-intl"
import { formatFen } from "@/lib/view/money"

type Totals = { itemsFen: number; shippingFen: number; totalFen: number }

/** Items, shipping (once chosen, else "calculated at checkout") and the total, all from integer fen. */
export function CartTotals({ totals: cart, shippingKnown }: { totals: Totals; shippingKnown: boolean }) {
  const t = useTranslations("cart")
  return (
    <dl className="cart-totals">
      <div>
        <dt>{t("items")}</dt>
        <dd>{formatFen(cart.itemsFen)}</dd>
      </div>
      <div>
        <dt>{t("shipping")}</dt>
        <dd>{shippingKnown ? formatFen(cart.shippingFen) : t("shippingLater")}</dd>
      </div>
      <div className="cart-totals__total">
        <dt>{t("total")}</dt>
        <dd data-testid="cart-total">{formatFen(cart.totalFen)}</dd>
      </div>
    </dl>
  )
}
