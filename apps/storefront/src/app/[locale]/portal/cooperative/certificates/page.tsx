import { resolveLocale } from "@/i18n/resolve-locale"
import { listCertificates } from "@/lib/data/cooperative-certificates"
import { listLots } from "@/lib/data/cooperative-lots"
import { listProducts } from "@/lib/data/cooperative-products"
import { CertificatesTemplate } from "@/modules/cooperative/templates/certificates-template"
import { renderCooperative } from "@/modules/cooperative/templates/cooperative-page"

type Props = { params: Promise<{ locale: string }> }

async function load(token: string) {
  const [certifications, products, lots] = await Promise.all([
    listCertificates(token),
    listProducts(token),
    listLots(token),
  ])
  return { certifications, products, lots }
}

export default async function CooperativeCertificatesPage({ params }: Props) {
  await resolveLocale(params)
  return renderCooperative("certificates", load, (data) => <CertificatesTemplate data={data} />)
}
