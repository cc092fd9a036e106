import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { FengshouQuery } from "../lib/query-client"
import { kilograms, sdk, STATUS_COLOR, type CooperativeStatus } from "../lib/sdk"

// The answer of GET /admin/products/:id/provenance: counts of households only, never who they are.
type Provenance = {
  cooperative: { name_zh: string; name_en: string; status: CooperativeStatus; region_label: string } | null
  lots: {
    id: string
    trace_code: string
    variant_title: string | null
    harvest_date: string
    quantity_g: number
    contributing_households: number
  }[]
}

function ProvenanceCard({ productId }: { productId: string }) {
  const { t } = useTranslation()
  const { data, isPending, error } = useQuery({
    queryKey: ["fengshou", "product-provenance", productId],
    queryFn: () => sdk.client.fetch<{ provenance: Provenance }>(`/admin/products/${productId}/provenance`),
  })
  const provenance = data?.provenance
  const coop = provenance?.cooperative

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("fengshou.provenance.title")}</Heading>
        {coop && (
          <StatusBadge color={STATUS_COLOR[coop.status]}>
            {t(`fengshou.cooperatives.status.${coop.status}`)}
          </StatusBadge>
        )}
      </div>
      {isPending && (
        <Text className="text-ui-fg-subtle px-6 py-4" size="small">
          …
        </Text>
      )}
      {error && (
        <Text className="text-ui-fg-error px-6 py-4" size="small">
          {error.message}
        </Text>
      )}
      {provenance && !coop && (
        <Text className="text-ui-fg-subtle px-6 py-4" size="small">
          {t("fengshou.provenance.none")}
        </Text>
      )}
      {coop && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus">
            {coop.name_zh}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {coop.name_en}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {coop.region_label}
          </Text>
          <Link to={`/cooperatives?status=${coop.status}`} className="text-ui-fg-interactive txt-compact-small">
            {t("fengshou.provenance.openCooperatives")}
          </Link>
        </div>
      )}
      {provenance && coop && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">
            {t("fengshou.provenance.lots")}
          </Text>
          {provenance.lots.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("fengshou.provenance.noLots")}
            </Text>
          ) : (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("fengshou.provenance.harvest")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("fengshou.provenance.quantity")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("fengshou.provenance.traceCode")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("fengshou.provenance.households")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {provenance.lots.map((lot) => (
                  <Table.Row key={lot.id}>
                    <Table.Cell>
                      {lot.harvest_date}
                      {lot.variant_title ? ` · ${lot.variant_title}` : ""}
                    </Table.Cell>
                    <Table.Cell>{kilograms(lot.quantity_g)}</Table.Cell>
                    <Table.Cell className="font-mono">{lot.trace_code}</Table.Cell>
                    <Table.Cell>
                      {t("fengshou.provenance.householdCount", { count: lot.contributing_households })}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </div>
      )}
    </Container>
  )
}

const ProductProvenanceWidget = ({ data }: DetailWidgetProps<AdminProduct>) => (
  <FengshouQuery>
    <ProvenanceCard productId={data.id} />
  </FengshouQuery>
)

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductProvenanceWidget
