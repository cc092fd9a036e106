import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MediaPlay } from "@medusajs/icons"
import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { FengshouQuery } from "../../lib/query-client"
import { sdk } from "../../lib/sdk"
import { StatusList, type Column } from "../../lib/status-list"
import { RatePrompt } from "./rate-prompt"

// The statuses of @fengshou/live-contract, spelled out so the dashboard bundle need not pull in zod.
const HOST_STATUSES = ["pending", "approved", "suspended"] as const
type HostStatus = (typeof HOST_STATUSES)[number]
type Host = {
  id: string
  name: string
  email: string
  handles: Record<string, string>
  commission_rate_bps: number
  status: HostStatus
  status_reason: string | null
  created_at: string
}
type Action = { id: string; name: string } & (
  { kind: "approve" | "rate"; bps: number } | { kind: "suspend"; reason: string | null }
)

const PATH = { approve: "approve", rate: "", suspend: "suspend" } as const
const handlesText = (h: Host["handles"]) =>
  Object.entries(h)
    .map(([platform, name]) => `${platform}: ${name}`)
    .join(" · ")
const percent = (bps: number) => `${(bps / 100).toFixed(2)} %`

const COLUMNS: Column<Host>[] = [
  { key: "handles", cell: (h) => handlesText(h.handles) },
  { key: "rate", cell: (h) => percent(h.commission_rate_bps) },
]

function HostsList() {
  const { t } = useTranslation()
  const client = useQueryClient()
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
    <StatusList<Host>
      area="hosts"
      statuses={HOST_STATUSES}
      name={(h) => h.name}
      note={(h) => h.status_reason ?? h.email}
      columns={COLUMNS}
      actions={(h) => (
        <RatePrompt
          name={h.name}
          kind={h.status === "approved" ? "rate" : "approve"}
          currentBps={h.commission_rate_bps}
          disabled={act.isPending}
          onConfirm={(bps) =>
            act.mutate({ id: h.id, name: h.name, kind: h.status === "approved" ? "rate" : "approve", bps })
          }
        />
      )}
      onSuspend={(h, reason) => act.mutate({ id: h.id, name: h.name, kind: "suspend", reason })}
      busy={act.isPending}
    />
  )
}

const HostsPage = () => (
  <FengshouQuery>
    <HostsList />
  </FengshouQuery>
)

export const config = defineRouteConfig({ label: "fengshou.hosts.menu", translationNs: "translation", icon: MediaPlay })

export default HostsPage
