import { resolveLocale } from "@/i18n/resolve-locale"
import { listHouseholds } from "@/lib/data/cooperative-households"
import { getLot } from "@/lib/data/cooperative-lots"
import { listProducts } from "@/lib/data/cooperative-products"
import { LotTemplate } from "@/modules/cooperative/templates/lot-template"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"
import { variantLabels } from "@/modules/cooperative/templates/variant-labels"

type Props = { params: Promise<{ locale: string; id: string }> }

export default async function CooperativeLotPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const { id } = await params
  return renderCooperative(
    "lots",
    (token) => Promise.all([getLot(token, id), listHouseholds(token), listProducts(token)]),
    ([lot, households, products]) => (
      <LotTemplate
        lot={lot}
        households={households}
        label={variantLabels(products, locale).get(lot.variant_id) ?? lot.variant_id}
      />
    ),
  )
}
