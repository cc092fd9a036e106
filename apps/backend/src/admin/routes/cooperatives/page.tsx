import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { FengshouQuery } from "../../lib/query-client"
import { COOPERATIVE_STATUSES, sdk, STATUS_COLOR, type CooperativeStatus } from "../../lib/sdk"
import { SuspendPrompt } from "../../lib/suspend-prompt"

type Cooperative = { id: string; name_zh: string; name_en: string; credit_code: string; region: Record<string, string | null>; status: CooperativeStatus; status_reason: string | null; created_at: string }
type Action = { id: string; name: string; kind: "approve" | "suspend"; reason?: string | null }

const regionText = (region: Cooperative["region"]) => [region.province, region.city, region.county].filter(Boolean).join(" ")

function CooperativesList() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  // The tab lives in the URL so the product widget can link straight to a cooperative's list.
  const status = COOPERATIVE_STATUSES.find((s) => s === params.get("status")) ?? "pending"
  const client = useQueryClient()
  const { data, isPending, error } = useQuery({
    queryKey: ["fengshou", "cooperatives", status],
    queryFn: () => sdk.client.fetch<{ cooperatives: Cooperative[]; count: number }>("/admin/cooperatives", { query: { status, limit: 100 } }),
  })
  const act = useMutation({
    mutationFn: ({ id, kind, reason }: Action) =>
      sdk.client.fetch(`/admin/cooperatives/${id}/${kind}`, { method: "POST", body: kind === "suspend" ? { reason } : {} }),
    onSuccess: (_, { name, kind }) => {
      toast.success(t(kind === "approve" ? "fengshou.cooperatives.approved" : "fengshou.cooperatives.suspended", { name }))
      // Every tab may change (a row moves between statuses), and so may the provenance widgets' badges.
      return client.invalidateQueries({ queryKey: ["fengshou"] })
    },
    onError: (e: Error) => toast.error(t("fengshou.cooperatives.failed", { message: e.message })),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("fengshou.cooperatives.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("fengshou.cooperatives.subtitle")}</Text>
      </div>
      <div className="px-6 py-4">
        <Tabs value={status} onValueChange={(value) => setParams({ status: value })}>
          <Tabs.List>
            {COOPERATIVE_STATUSES.map((s) => (
              <Tabs.Trigger key={s} value={s}>{t(`fengshou.cooperatives.status.${s}`)}</Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4" size="small">{error.message}</Text>}
      {!isPending && data?.cooperatives.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4" size="small">{t("fengshou.cooperatives.empty")}</Text>
      )}
      {data && data.cooperatives.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("fengshou.cooperatives.columns.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("fengshou.cooperatives.columns.creditCode")}</Table.HeaderCell>
              <Table.HeaderCell>{t("fengshou.cooperatives.columns.region")}</Table.HeaderCell>
              <Table.HeaderCell>{t("fengshou.cooperatives.columns.created")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.cooperatives.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <span>{c.name_zh}</span>
                    <StatusBadge color={STATUS_COLOR[c.status]}>{t(`fengshou.cooperatives.status.${c.status}`)}</StatusBadge>
                  </div>
                  {c.status_reason && <Text size="xsmall" className="text-ui-fg-subtle">{c.status_reason}</Text>}
                </Table.Cell>
                <Table.Cell className="font-mono">{c.credit_code}</Table.Cell>
                <Table.Cell>{regionText(c.region)}</Table.Cell>
                {/* The ISO date, not a locale format: the dashboard's "zhCN" code is not a BCP 47 tag. */}
                <Table.Cell>{c.created_at.slice(0, 10)}</Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-x-2">
                    {c.status !== "approved" && (
                      <Button size="small" variant="secondary" disabled={act.isPending} onClick={() => act.mutate({ id: c.id, name: c.name_zh, kind: "approve" })}>
                        {t("fengshou.cooperatives.approve")}
                      </Button>
                    )}
                    {c.status !== "suspended" && (
                      <SuspendPrompt area="cooperatives" name={c.name_zh} disabled={act.isPending} onConfirm={(reason) => act.mutate({ id: c.id, name: c.name_zh, kind: "suspend", reason })} />
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

const CooperativesPage = () => (
  <FengshouQuery>
    <CooperativesList />
  </FengshouQuery>
)

export const config = defineRouteConfig({ label: "fengshou.cooperatives.menu", translationNs: "translation", icon: Buildings })

export default CooperativesPage
