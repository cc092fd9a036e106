import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { FengshouQuery } from "../../lib/query-client"
import { RejectPrompt } from "../../lib/reject-prompt"
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
  licence_url: string | null
  staff: { id: string; email: string; name: string; role: string }[]
  /** What was approved before a rename sent it back to review. */
  previous_identity: { name_zh: string; name_en: string; credit_code: string; approved_at: string | null } | null
  created_at: string
}
type Action = { id: string; name: string; kind: "approve" | "suspend" | "reject"; reason?: string | null }

// Down to the village: the operator checks it against the licence's address.
const regionText = (region: Cooperative["region"]) =>
  [region.province, region.city, region.county, region.township, region.village].filter(Boolean).join(" ")

function Licence({ url }: { url: string | null }) {
  const { t } = useTranslation()
  if (!url) return <span className="text-ui-fg-muted">{t("fengshou.cooperatives.noLicence")}</span>
  const image = /\.(jpe?g|png)$/i.test(url)
  return (
    <a href={url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive flex flex-col items-start gap-y-1">
      {/* A thumbnail for a photo, its link text under it; a PDF opens in a new tab. */}
      {image && <img src={url} alt="" className="h-10 w-14 rounded object-cover" />}
      <span className="whitespace-nowrap">{t("fengshou.cooperatives.viewLicence")}</span>
    </a>
  )
}

function Contact({ staff }: { staff: Cooperative["staff"] }) {
  const owner = staff.find((s) => s.role === "owner") ?? staff[0]
  if (!owner) return null
  return (
    <div>
      <div>{owner.name}</div>
      <a href={`mailto:${owner.email}`} className="text-ui-fg-subtle">
        {owner.email}
      </a>
    </div>
  )
}

const COLUMNS: Column<Cooperative>[] = [
  { key: "creditCode", className: "font-mono", cell: (c) => c.credit_code },
  { key: "region", cell: (c) => regionText(c.region) },
  { key: "contact", cell: (c) => <Contact staff={c.staff ?? []} /> },
  { key: "licence", cell: (c) => <Licence url={c.licence_url} /> },
]

function CooperativesList() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const act = useMutation({
    mutationFn: ({ id, kind, reason }: Action) =>
      sdk.client.fetch(`/admin/cooperatives/${id}/${kind}`, {
        method: "POST",
        body: kind === "approve" ? {} : { reason },
      }),
    onSuccess: (_, { name, kind }) => {
      const done = { approve: "approved", suspend: "suspended", reject: "rejected" } as const
      toast.success(t(`fengshou.cooperatives.${done[kind]}`, { name }))
      // Every tab may change (a row moves between statuses), and so may the provenance widgets' badges.
      return client.invalidateQueries({ queryKey: ["fengshou"] })
    },
    onError: (e: Error) => toast.error(t("fengshou.cooperatives.failed", { message: e.message })),
  })

  // Under the name: the reason it was rejected or suspended, or what it was called when last approved.
  const note = (c: Cooperative) =>
    c.previous_identity
      ? t("fengshou.cooperatives.renamedFrom", {
          name: `${c.previous_identity.name_zh} / ${c.previous_identity.name_en}`,
          code: c.previous_identity.credit_code,
        })
      : c.status_reason
        ? `${t("fengshou.cooperatives.reasonShown")}: ${c.status_reason}`
        : null

  return (
    <StatusList<Cooperative>
      area="cooperatives"
      statuses={COOPERATIVE_STATUSES}
      name={(c) => c.name_zh}
      note={note}
      columns={COLUMNS}
      actions={(c) => (
        <>
          {c.status !== "approved" && (
            <Button
              size="small"
              variant="secondary"
              disabled={act.isPending}
              onClick={() => act.mutate({ id: c.id, name: c.name_zh, kind: "approve" })}
            >
              {t("fengshou.cooperatives.approve")}
            </Button>
          )}
          {c.status === "pending" && (
            <RejectPrompt
              name={c.name_zh}
              disabled={act.isPending}
              onConfirm={(reason) => act.mutate({ id: c.id, name: c.name_zh, kind: "reject", reason })}
            />
          )}
        </>
      )}
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
