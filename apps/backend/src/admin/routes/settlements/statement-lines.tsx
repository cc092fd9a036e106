import type { StatementLine } from "@fengshou/store-contract"
import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { chinaDate, yuan } from "../../lib/money"

const AMOUNTS = ["sales_fen", "fee_fen", "commission_fen", "net_fen"] as const

/** A statement's lines, each with its order (a link to Medusa's own order page), signed amounts and dates. */
export function StatementLines({ lines }: { lines: StatementLine[] }) {
  const { t } = useTranslation()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("fengshou.settlements.lines.order")}</Table.HeaderCell>
          <Table.HeaderCell>{t("fengshou.settlements.lines.product")}</Table.HeaderCell>
          <Table.HeaderCell>{t("fengshou.settlements.lines.kind")}</Table.HeaderCell>
          <Table.HeaderCell>{t("fengshou.settlements.lines.occurred")}</Table.HeaderCell>
          <Table.HeaderCell>{t("fengshou.settlements.lines.payable")}</Table.HeaderCell>
          {AMOUNTS.map((key) => (
            <Table.HeaderCell key={key} className="text-right">
              {t(`fengshou.settlements.lines.${key}`)}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {lines.map((line) => (
          <Table.Row key={line.id}>
            <Table.Cell>
              <Link to={`/orders/${line.order_id}`} className="text-ui-fg-interactive">
                #{line.order_display_id}
              </Link>
            </Table.Cell>
            <Table.Cell>{line.title ?? "–"}</Table.Cell>
            <Table.Cell>{t(`fengshou.settlements.kind.${line.kind}`)}</Table.Cell>
            <Table.Cell>{chinaDate(line.occurred_at)}</Table.Cell>
            <Table.Cell>{chinaDate(line.payable_at)}</Table.Cell>
            {AMOUNTS.map((key) => (
              <Table.Cell key={key} className="text-right tabular-nums">
                {yuan(line[key])}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
