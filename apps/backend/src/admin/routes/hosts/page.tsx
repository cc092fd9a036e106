import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MediaPlay } from "@medusajs/icons"
import { Container, Heading, StatusBadge, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { FengshouQuery } from "../../lib/query-client"
import { sdk, STATUS_COLOR } from "../../lib/sdk"
import { RatePrompt } from "./rate-prompt"
import { SuspendPrompt } from "../../lib/suspend-prompt"

// The statuses of @fengshou/live-contract, spelled out so the dashboard bundle need not pull in zod.
const HOST_STATUSES = ["pending", "approved", "suspended"] as const
type HostStatus = (typeof HOST_STATUSES)[number]
type Host = { id: string; name: string; email: string; handles: Record<string, string>; commission_rate_bps: number; status: HostStatus; status_reason: string | null; created_at: string }
type Action = { id: string; name: string } & ({ kind: "approve" | "rate"; bps: number } | { kind: "suspend"; reason: string | null })

const PATH = { approve: "approve", rate: "", suspend: "suspend" } as const
const handlesText = (h: Host["handles"]) => Object.entries(h).map(([platform, name]) => `${platform}: ${name}`).join(" · ")
const percent = (bps: number) => `${(bps / 100).toFixed(2)} %`

function HostsList() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const status = HOST_STATUSES.find((s) => s === params.get("status")) ?? "pending"
  const client = useQueryClient()
  const { data, isPending, error } = useQuery({
    queryKey: ["fengshou", "hosts", status],
    queryFn: () => sdk.client.fetch<{ hosts: Host[]; count: number }>("/admin/hosts", { query: { status, limit: 100 } }),
  })
  const act = useMutation({
    mutationFn: (a: Action) =>
      sdk.client.fetch(`/admin/hosts/${a.id}${PATH[a.kind] ? `/${PATH[a.kind]}` : ""}`, {
        method: "POST",
        body: a.kind === "suspend" ? { reason: a.reason } : { commission_rate_bps: a.bps },
      }),
    onSuccess: (_, { name, kind }) => {
      toast.success(t(`fengshou.hosts.done.${kind}`, { name }))
      // A row may move to another tab.
      return client.invalidateQueries({ queryKey: ["fengshou", "hosts"] })
    },
    onError: (e: Error) => toast.error(t("fengshou.hosts.failed", { message: e.message })),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("fengshou.hosts.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("fengshou.hosts.subtitle")}</Text>
      </div>
      <div className="px-6 py-4">
        <Tabs value={status} onValueChange={(value) => setParams({ status: value })}>
          <Tabs.List>
            {HOST_STATUSES.map((s) => <Tabs.Trigger key={s} value={s}>{t(`fengshou.hosts.status.${s}`)}</Tabs.Trigger>)}
          </Tabs.List>
        </Tabs>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4" size="small">{error.message}</Text>}
      {!isPending && data?.hosts.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4" size="small">{t("fengshou.hosts.empty")}</Text>}
      {data && data.hosts.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("fengshou.hosts.columns.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("fengshou.hosts.columns.handles")}</Table.HeaderCell>
              <Table.HeaderCell>{t("fengshou.hosts.columns.rate")}</Table.HeaderCell>
              <Table.HeaderCell>{t("fengshou.hosts.columns.created")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.hosts.map((h) => (
              <Table.Row key={h.id}>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <span>{h.name}</span>
                    <StatusBadge color={STATUS_COLOR[h.status]}>{t(`fengshou.hosts.status.${h.status}`)}</StatusBadge>
                  </div>
                  <Text size="xsmall" className="text-ui-fg-subtle">{h.status_reason ?? h.email}</Text>
                </Table.Cell>
                <Table.Cell>{handlesText(h.handles)}</Table.Cell>
                <Table.Cell>{percent(h.commission_rate_bps)}</Table.Cell>
                {/* The ISO date, not a locale format: the dashboard's "zhCN" code is not a BCP 47 tag. */}
                <Table.Cell>{h.created_at.slice(0, 10)}</Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-x-2">
                    <RatePrompt
                      name={h.name}
                      kind={h.status === "approved" ? "rate" : "approve"}
                      currentBps={h.commission_rate_bps}
                      disabled={act.isPending}
                      onConfirm={(bps) => act.mutate({ id: h.id, name: h.name, kind: h.status === "approved" ? "rate" : "approve", bps })}
                    />
                    {h.status !== "suspended" && (
                      <SuspendPrompt area="hosts" name={h.name} disabled={act.isPending} onConfirm={(reason) => act.mutate({ id: h.id, name: h.name, kind: "suspend", reason })} />
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

const HostsPage = () => (
  <FengshouQuery>
    <HostsList />
  </FengshouQuery>
)

export const config = defineRouteConfig({ label: "fengshou.hosts.menu", translationNs: "translation", icon: MediaPlay })

export default HostsPage
