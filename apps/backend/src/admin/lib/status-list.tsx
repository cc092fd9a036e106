import { Container, Heading, StatusBadge, Table, Tabs, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { sdk, STATUS_COLOR } from "./sdk"
import { SuspendPrompt } from "./suspend-prompt"

type Status = keyof typeof STATUS_COLOR
export type StatusRow = { id: string; status: Status; status_reason: string | null; created_at: string }
/** A column between the name and the sign-up date; its header is fengshou.<area>.columns.<key>. */
export type Column<Row> = { key: string; className?: string; cell: (row: Row) => ReactNode }

type Props<Row> = {
  /** GET /admin/<area> answers { <area>: rows }; the page's strings are fengshou.<area>.*. */
  area: "cooperatives" | "hosts"
  statuses: readonly Status[]
  name: (row: Row) => string
  /** The line under the name, if any. */
  note: (row: Row) => string | null
  columns: Column<Row>[]
  /** The page's own buttons; a Suspend prompt follows them on every row not yet suspended. */
  actions: (row: Row) => ReactNode
  onSuspend: (row: Row, reason: string | null) => void
  busy: boolean
}

/**
 * The operator's list of sign-ups to vet: one tab per status, then a row each with its name and status badge, the
 * page's own columns, the sign-up date and the page's actions.
 */
export function StatusList<Row extends StatusRow>({
  area,
  statuses,
  name,
  note,
  columns,
  actions,
  onSuspend,
  busy,
}: Props<Row>) {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  // The tab lives in the URL so another page (the product widget) can link straight to a list.
  const status = statuses.find((s) => s === params.get("status")) ?? "pending"
  const { data, isPending, error } = useQuery({
    queryKey: ["fengshou", area, status],
    queryFn: () =>
      sdk.client.fetch<Partial<Record<string, Row[]>>>(`/admin/${area}`, { query: { status, limit: 100 } }),
  })
  const rows = data?.[area]

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t(`fengshou.${area}.title`)}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t(`fengshou.${area}.subtitle`)}
        </Text>
      </div>
      <div className="px-6 py-4">
        <Tabs value={status} onValueChange={(value) => setParams({ status: value })}>
          <Tabs.List>
            {statuses.map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {t(`fengshou.${area}.status.${s}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {error && (
        <Text className="text-ui-fg-error px-6 py-4" size="small">
          {error.message}
        </Text>
      )}
      {!isPending && rows?.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4" size="small">
          {t(`fengshou.${area}.empty`)}
        </Text>
      )}
      {rows && rows.length > 0 && (
        // A narrow window scrolls the table sideways instead of breaking words one character a line.
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t(`fengshou.${area}.columns.name`)}</Table.HeaderCell>
                {columns.map((c) => (
                  <Table.HeaderCell key={c.key}>{t(`fengshou.${area}.columns.${c.key}`)}</Table.HeaderCell>
                ))}
                <Table.HeaderCell>{t(`fengshou.${area}.columns.created`)}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell>
                    <div className="flex items-center gap-x-2">
                      <span>{name(row)}</span>
                      <StatusBadge color={STATUS_COLOR[row.status]} className="shrink-0 whitespace-nowrap">
                        {t(`fengshou.${area}.status.${row.status}`)}
                      </StatusBadge>
                    </div>
                    {note(row) && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {note(row)}
                      </Text>
                    )}
                  </Table.Cell>
                  {columns.map((c) => (
                    <Table.Cell key={c.key} className={c.className}>
                      {c.cell(row)}
                    </Table.Cell>
                  ))}
                  {/* The ISO date, not a locale format: the dashboard's "zhCN" code is not a BCP 47 tag. */}
                  <Table.Cell className="whitespace-nowrap">{row.created_at.slice(0, 10)}</Table.Cell>
                  <Table.Cell>
                    {/* Buttons keep their labels on one line (两字 labels broke into columns at 1280 px). */}
                    <div className="flex justify-end gap-x-2 whitespace-nowrap">
                      {actions(row)}
                      {row.status !== "suspended" && (
                        <SuspendPrompt
                          area={area}
                          name={name(row)}
                          disabled={busy}
                          onConfirm={(reason) => onSuspend(row, reason)}
                        />
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
