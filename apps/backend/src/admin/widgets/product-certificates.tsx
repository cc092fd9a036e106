import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CertificateTable } from "../lib/certificate-table"
import { FengshouQuery } from "../lib/query-client"

function ProductCertificates({ productId }: { productId: string }) {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("fengshou.certificates.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("fengshou.certificates.subtitle")}
        </Text>
      </div>
      <div className="px-6 py-4">
        <CertificateTable scope={{ product_id: productId }} />
      </div>
    </Container>
  )
}

/** The product's certificates and its lots', with the operator's verify button (核验). */
const ProductCertificatesWidget = ({ data }: DetailWidgetProps<AdminProduct>) => (
  <FengshouQuery>
    <ProductCertificates productId={data.id} />
  </FengshouQuery>
)

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductCertificatesWidget
