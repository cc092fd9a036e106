import { resolveLocale } from "@/i18n/resolve-locale"
import { listLots } from "@/lib/data/cooperative-lots"
import { listProducts } from "@/lib/data/cooperative-products"
import { LotsTemplate } from "@/modules/cooperative/templates/lots-template"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"

type Props = { params: Promise<{ locale: string }> }

/** Today in China, for the harvest date's default and maximum. */
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })

export default async function CooperativeLotsPage({ params }: Props) {
  await resolveLocale(params)
  return renderCooperative(
    "lots",
    (token) => Promise.all([listLots(token), listProducts(token)]),
    ([lots, products]) => <LotsTemplate lots={lots} products={products} today={today()} />,
  )
}
