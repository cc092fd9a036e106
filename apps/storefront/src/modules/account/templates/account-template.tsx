import { useFormatter, useTranslations } from "next-intl"
import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import { forgotPasswordPath } from "@/lib/password-reset/schemas"
import { formatFen } from "@/lib/view/money"
import type { OrderView } from "@/lib/view/order"
import { CredentialsForm } from "../components/credentials-form"
import { SignOutButton } from "../components/sign-out-button"

/** Signed out: sign in or register side by side. */
export function SignedOutTemplate() {
  const t = useTranslations("account")
  const tReset = useTranslations("passwordReset")
  const tAfterSale = useTranslations("afterSale")
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">{t("title")}</h1>
      <div className="two-columns">
        <CredentialsForm
          mode="signIn"
          footer={
            <>
              <p>
                <Link href={forgotPasswordPath("customer")}>{tReset("forgotLink")}</Link>
              </p>
              <p>
                <Link href="/order/lookup">{tAfterSale("lookup.link")}</Link>
              </p>
            </>
          }
        />
        <CredentialsForm mode="register" />
      </div>
    </section>
  )
}

/** Signed in: the customer's impact, their orders, newest first, and a way to their addresses. */
export function AccountTemplate({ name, orders, impact }: { name: string; orders: OrderView[]; impact?: ReactNode }) {
  const t = useTranslations("account")
  const format = useFormatter()
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">{t("title")}</h1>
      <p>{t("hello", { name })}</p>
      <p className="actions-row">
        <Link href="/account/addresses" className="button button--secondary">
          {t("manageAddresses")}
        </Link>
        <SignOutButton />
      </p>
      {impact}
      <h2>{t("orders")}</h2>
      {orders.length === 0 ? (
        <p>{t("noOrders")}</p>
      ) : (
        <ul className="plain-list order-list">
          {orders.map((order) => (
            <li key={order.id} className="card order-row">
              <Link
                href={`/account/orders/${order.id}`}
                aria-label={t("viewOrder", { number: order.displayId ?? order.id })}
              >
                {t("orderLink", { number: order.displayId ?? order.id })}
              </Link>
              <span className="muted">
                {order.createdAt ? format.dateTime(new Date(order.createdAt), { dateStyle: "medium" }) : null}
              </span>
              <span>{formatFen(order.totalFen)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
