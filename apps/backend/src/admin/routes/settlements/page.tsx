import type { Statement } from "@fengshou/store-contract"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { yuan } from "../../lib/money"
import { FengshouQuery } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"
import { StatementStatusBadge } from "./statement-status"

// The contract's parties and statuses, spelled out so the dashboard bundle need not pull in zod.
const PARTIES = ["cooperative", "host"] as const
const STATUSES = ["open", "paid"] as const
const PAGE = 50
const AMOUNTS = ["gross_fen", "refunds_fen", "fee_fen", "commission_fen", "net_fen"] as const

function SettlementsList() {
  const { t } = useTranslation()
  const client = useQueryClient()
  // Filters live in the URL, so a statement page's back link returns to the same list.
  const [params, setParams] = useSearchParams()
  const party = PARTIES.find((p) => p === params.get("party")) ?? "cooperative"
  const status = STATUSES.find((s) => s === params.get("status")) ?? "open"
  const period = /^\d{4}-\d{2}$/.test(params.get("period") ?? "") ? params.get("period")! : ""
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const set = (change: Record<string, string>) => setParams({ party, status, period, ...change, offset: "0" })

  const { data, isPending, error } = useQuery({
    queryKey: ["fengshou", "settlements", "list", party, status, period, offset],
    queryFn: () =>
      sdk.client.fetch<{ statements: Statement[]; count: number }>("/admin/settlements", {
        query: { party, status, limit: PAGE, offset, ...(period ? { period } : {}) },
      }),
  })
  const generate = useMutation({
    mutationFn: () => sdk.client.fetch<{ statements: Statement[] }>("/admin/settlements/generate", { method: "POST" }),
    onSuccess: ({ statements }) => {
      toast.success(t("fengshou.settlements.generated", { count: statements.length }))
      return client.invalidateQueries({ queryKey: ["fengshou", "settlements"] })
    },
    onError: (e: Error) => toast.error(t("fengshou.settlements.failed", { message: e.message })),
  })
  const rows = data?.statements

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("fengshou.settlements.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("fengshou.settlements.subtitle")}
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/settlements/reconciliation">{t("fengshou.settlements.reconciliation.menu")}</Link>
          </Button>
          <Button size="small" variant="primary" isLoading={generate.isPending} onClick={() => generate.mutate()}>
            {t("fengshou.settlements.generate")}
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <Tabs value={party} onValueChange={(value) => set({ party: value })}>
          <Tabs.List>
            {PARTIES.map((p) => (
              <Tabs.Trigger key={p} value={p}>
                {t(`fengshou.settlements.party.${p}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <Tabs value={status} onValueChange={(value) => set({ status: value })}>
          <Tabs.List>
            {STATUSES.map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {t(`fengshou.settlements.status.${s}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <div className="flex items-center gap-x-2">
          <Label htmlFor="settlement-period" size="small">
            {t("fengshou.settlements.period")}
          </Label>
          <Input
            id="settlement-period"
            type="month"
            size="small"
            value={period}
            onChange={(e) => set({ period: e.target.value })}
          />
        </div>
      </div>
      {error && (
        <Text className="text-ui-fg-error px-6 py-4" size="small">
          {error.message}
        </Text>
      )}
      {!isPending && rows?.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4" size="small">
          {t("fengshou.settlements.empty")}
        </Text>
      )}
      {rows && rows.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("fengshou.settlements.columns.number")}</Table.HeaderCell>
              <Table.HeaderCell>{t(`fengshou.settlements.party.${party}`)}</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">{t("fengshou.settlements.period")}</Table.HeaderCell>
              <Table.HeaderCell className="whitespace-nowrap">
                {t("fengshou.settlements.columns.status")}
              </Table.HeaderCell>
              {AMOUNTS.map((key) => (
                <Table.HeaderCell key={key} className="whitespace-nowrap text-right">
                  {t(`fengshou.settlements.columns.${key}`)}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell>{t("fengshou.settlements.columns.paid")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell className="whitespace-nowrap">
                  <Link to={`/settlements/${s.id}`} className="text-ui-fg-interactive font-mono">
                    {s.number}
                  </Link>
                </Table.Cell>
                <Table.Cell>{s.party_name}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">{s.period}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">
                  <StatementStatusBadge status={s.status} />
                </Table.Cell>
                {AMOUNTS.map((key) => (
                  <Table.Cell key={key} className="whitespace-nowrap text-right tabular-nums">
                    {yuan(s[key])}
                  </Table.Cell>
                ))}
                <Table.Cell className="whitespace-nowrap">
                  {s.paid_on ? (
                    <>
                      <div>{s.paid_on}</div>
                      <div className="text-ui-fg-subtle font-mono">{s.bank_reference}</div>
                    </>
                  ) : (
                    "–"
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {data && data.count > PAGE && (
        <div className="flex items-center justify-end gap-x-2 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {t("fengshou.settlements.page", { from: offset + 1, to: offset + rows!.length, count: data.count })}
          </Text>
          <Button
            size="small"
            variant="secondary"
            disabled={offset === 0}
            onClick={() => setParams({ party, status, period, offset: String(Math.max(0, offset - PAGE)) })}
          >
            {t("fengshou.settlements.previous")}
          </Button>
          <Button
            size="small"
            variant="secondary"
            disabled={offset + PAGE >= data.count}
            onClick={() => setParams({ party, status, period, offset: String(offset + PAGE) })}
          >
            {t("fengshou.settlements.next")}
          </Button>
        </div>
      )}
    </Container>
  )
}

const SettlementsPage = () => (
  <FengshouQuery>
    <SettlementsList />
  </FengshouQuery>
)

export const config = defineRouteConfig({
  label: "fengshou.settlements.menu",
  translationNs: "translation",
  icon: Cash,
})

export default SettlementsPage
