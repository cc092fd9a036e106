import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { FengshouQuery } from "../../lib/query-client"
import { COOPERATIVE_STATUSES, sdk, type CooperativeStatus } from "../../lib/sdk"
import { StatusList, type Column } from "../../lib/status-list"

type Cooperative = {
  id: string
  name_zh: string
  name_en: string
  credit_code: string
  region: Record<string, string | null>
  status: CooperativeStatus
  status_reason: string | null
  created_at: string
}
type Action = { id: string; name: string; kind: "approve" | "suspend"; reason?: string | null }

const regionText = (region: Cooperative["region"]) =>
  [region.province, region.city, region.county].filter(Boolean).join(" ")

const COLUMNS: Column<Cooperative>[] = [
  { key: "creditCode", className: "font-mono", cell: (c) => c.credit_code },
  { key: "region", cell: (c) => regionText(c.region) },
]

function CooperativesList() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const act = useMutation({
    mutationFn: ({ id, kind, reason }: Action) =>
      sdk.client.fetch(`/admin/cooperatives/${id}/${kind}`, {
        method: "POST",
        body: kind === "suspend" ? { reason } : {},
      }),
    onSuccess: (_, { name, kind }) => {
      toast.success(
        t(kind === "approve" ? "fengshou.cooperatives.approved" : "fengshou.cooperatives.suspended", { name }),
      )
      // Every tab may change (a row moves between statuses), and so may the provenance widgets' badges.
      return client.invalidateQueries({ queryKey: ["fengshou"] })
    },
    onError: (e: Error) => toast.error(t("fengshou.cooperatives.failed", { message: e.message })),
  })

  return (
    <StatusList<Cooperative>
      area="cooperatives"
      statuses={COOPERATIVE_STATUSES}
      name={(c) => c.name_zh}
      note={(c) => c.status_reason}
      columns={COLUMNS}
      actions={(c) =>
        c.status !== "approved" && (
          <Button
            size="small"
            variant="secondary"
            disabled={act.isPending}
            onClick={() => act.mutate({ id: c.id, name: c.name_zh, kind: "approve" })}
          >
            {t("fengshou.cooperatives.approve")}
          </Button>
        )
      }
      onSuspend={(c, reason) => act.mutate({ id: c.id, name: c.name_zh, kind: "suspend", reason })}
      busy={act.isPending}
    />
  )
}

const CooperativesPage = () => (
  <FengshouQuery>
    <CooperativesList />
  </FengshouQuery>
)

export const config = defineRouteConfig({
  label: "fengshou.cooperatives.menu",
  translationNs: "translation",
  icon: Buildings,
})

export default CooperativesPage
