import type { StatementDetail } from "@fengshou/store-contract"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { yuan } from "../../../lib/money"
import { FengshouQuery } from "../../../lib/query-client"
import { sdk } from "../../../lib/sdk"
import { MarkPaidForm } from "../mark-paid-form"
import { StatementLines } from "../statement-lines"
import { StatementStatusBadge } from "../statement-status"

const TOTALS = ["gross_fen", "refunds_fen", "fee_fen", "commission_fen", "net_fen"] as const

function Statement({ id }: { id: string }) {
  const { t } = useTranslation()
  const { data, isPending, error } = useQuery({
    queryKey: ["fengshou", "settlements", "detail", id],
    queryFn: () => sdk.client.fetch<StatementDetail>(`/admin/settlements/${id}`),
  })
  const s = data?.statement

  return (
    <div className="flex flex-col gap-y-3">
      <Link to="/settlements" className="text-ui-fg-interactive txt-compact-small">
        ← {t("fengshou.settlements.back")}
      </Link>
      <Container className="divide-y p-0">
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
        {s && (
          <>
            <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
              <div>
                <Heading level="h1">{t("fengshou.settlements.statementTitle", { number: s.number })}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t(`fengshou.settlements.party.${s.party}`)} · {s.party_name} · {s.period}
                </Text>
              </div>
              <StatementStatusBadge status={s.status} />
            </div>
            <dl className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-5">
              {TOTALS.map((key) => (
                <div key={key}>
                  <dt className="txt-compact-small text-ui-fg-subtle">{t(`fengshou.settlements.columns.${key}`)}</dt>
                  <dd className="txt-compact-medium-plus tabular-nums" data-testid={`statement-${key}`}>
                    {yuan(s[key])}
                  </dd>
                </div>
              ))}
            </dl>
            <Text size="small" className="text-ui-fg-subtle px-6 py-3">
              {t("fengshou.settlements.feeRate", { percent: (s.fee_bps / 100).toFixed(2), lines: s.lines })}
            </Text>
            {s.status === "paid" ? (
              <Text className="px-6 py-4" size="small" data-testid="statement-paid">
                {t("fengshou.settlements.paidOn", { date: s.paid_on ?? "", reference: s.bank_reference ?? "" })}
              </Text>
            ) : (
              <MarkPaidForm id={s.id} />
            )}
          </>
        )}
      </Container>
      {data && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">{t("fengshou.settlements.lines.title")}</Heading>
          </div>
          {data.lines.length === 0 ? (
            <Text className="text-ui-fg-subtle px-6 py-4" size="small">
              {t("fengshou.settlements.lines.empty")}
            </Text>
          ) : (
            <StatementLines lines={data.lines} />
          )}
        </Container>
      )}
    </div>
  )
}

function StatementPage() {
  const { id } = useParams()
  return <FengshouQuery>{id && <Statement id={id} />}</FengshouQuery>
}

export default StatementPage
