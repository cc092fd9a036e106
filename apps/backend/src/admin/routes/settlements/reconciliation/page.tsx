import type { SettlementReconciliation } from "@fengshou/store-contract"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { previousChinaMonth, yuan } from "../../../lib/money"
import { FengshouQuery } from "../../../lib/query-client"
import { sdk } from "../../../lib/sdk"

const TOTALS = [
  "captured_fen",
  "refunded_fen",
  "cooperative_net_fen",
  "commission_fen",
  "fee_fen",
  "shipping_fen",
] as const
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** GET /admin/settlements/reconciliation: captured − refunded against what the statements pay, order by order. */
function Reconciliation() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const fallback = previousChinaMonth()
  const from = DATE.test(params.get("from") ?? "") ? params.get("from")! : fallback.from
  const to = DATE.test(params.get("to") ?? "") ? params.get("to")! : fallback.to
  const { data, isPending, error } = useQuery({
    queryKey: ["fengshou", "settlements", "reconciliation", from, to],
    queryFn: () =>
      sdk.client.fetch<SettlementReconciliation>("/admin/settlements/reconciliation", { query: { from, to } }),
  })
  const differences = data?.differences

  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/settlements" className="text-ui-fg-interactive txt-compact-small">
        ← {t("fengshou.settlements.back")}
      </Link>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t("fengshou.settlements.reconciliation.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("fengshou.settlements.reconciliation.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-4 px-6 py-4">
          {(["from", "to"] as const).map((key) => (
            <div key={key} className="flex flex-col gap-y-1">
              <Label htmlFor={`reconcile-${key}`} size="small">
                {t(`fengshou.settlements.reconciliation.${key}`)}
              </Label>
              <Input
                id={`reconcile-${key}`}
                type="date"
                size="small"
                value={key === "from" ? from : to}
                onChange={(e) => DATE.test(e.target.value) && setParams({ from, to, [key]: e.target.value })}
              />
            </div>
          ))}
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
        {data && (
          <dl className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-7">
            <div>
              <dt className="txt-compact-small text-ui-fg-subtle">{t("fengshou.settlements.reconciliation.orders")}</dt>
              <dd className="txt-compact-medium-plus tabular-nums">{data.orders}</dd>
            </div>
            {TOTALS.map((key) => (
              <div key={key}>
                <dt className="txt-compact-small text-ui-fg-subtle">
                  {t(`fengshou.settlements.reconciliation.totals.${key}`)}
                </dt>
                <dd className="txt-compact-medium-plus tabular-nums">{yuan(data[key])}</dd>
              </div>
            ))}
          </dl>
        )}
        {differences && (
          <div className="flex items-center gap-x-2 px-6 py-4" data-testid="reconciliation-verdict">
            <Badge color={differences.length === 0 ? "green" : "red"}>
              {t("fengshou.settlements.reconciliation.differences", { count: differences.length })}
            </Badge>
            <Text size="small" className="text-ui-fg-subtle">
              {t(
                differences.length === 0
                  ? "fengshou.settlements.reconciliation.balanced"
                  : "fengshou.settlements.reconciliation.unbalanced",
              )}
            </Text>
          </div>
        )}
      </Container>
      {differences && differences.length > 0 && (
        <Container className="p-0">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("fengshou.settlements.reconciliation.kind")}</Table.HeaderCell>
                <Table.HeaderCell>{t("fengshou.settlements.lines.order")}</Table.HeaderCell>
                <Table.HeaderCell>{t("fengshou.settlements.columns.number")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("fengshou.settlements.reconciliation.expected")}
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("fengshou.settlements.reconciliation.actual")}
                </Table.HeaderCell>
                <Table.HeaderCell>{t("fengshou.settlements.reconciliation.message")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {differences.map((d, i) => (
                <Table.Row key={`${d.kind}-${d.order_id}-${d.statement_id}-${i}`}>
                  <Table.Cell>{t(`fengshou.settlements.reconciliation.kinds.${d.kind}`)}</Table.Cell>
                  <Table.Cell>
                    {d.order_id ? (
                      <Link to={`/orders/${d.order_id}`} className="text-ui-fg-interactive">
                        {t("fengshou.settlements.reconciliation.openOrder")}
                      </Link>
                    ) : (
                      "–"
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {d.statement_id ? (
                      <Link to={`/settlements/${d.statement_id}`} className="text-ui-fg-interactive">
                        {t("fengshou.settlements.reconciliation.openStatement")}
                      </Link>
                    ) : (
                      "–"
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{yuan(d.expected_fen)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{yuan(d.actual_fen)}</Table.Cell>
                  <Table.Cell>{d.message}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Container>
      )}
    </div>
  )
}

const ReconciliationPage = () => (
  <FengshouQuery>
    <Reconciliation />
  </FengshouQuery>
)

export const config = defineRouteConfig({
  label: "fengshou.settlements.reconciliation.menu",
  translationNs: "translation",
})

export default ReconciliationPage
