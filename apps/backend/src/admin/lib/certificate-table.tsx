import { Badge, Button, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "./sdk"

// GET /admin/certifications: CertificationSchema plus who verified it.
type AdminCertification = {
  id: string
  kind: string
  title_zh: string
  issuer: string | null
  number: string | null
  expires_on: string | null
  document_url: string | null
  product_id: string | null
  lot_id: string | null
  expired: boolean
  verified_at: string | null
  verified_by: string | null
}

type Scope = { product_id: string } | { cooperative_id: string }

/**
 * Certificates of a product (with its lots') or of a cooperative, each with its validity and a verify / withdraw
 * button: the operator verifies after checking the certificate with its issuer. Shared by the product widget and
 * the cooperatives page.
 */
export function CertificateTable({ scope }: { scope: Scope }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const key = ["fengshou", "certifications", scope]
  const { data, isPending, error } = useQuery({
    queryKey: key,
    queryFn: () =>
      sdk.client.fetch<{ certifications: AdminCertification[] }>(`/admin/certifications`, { query: scope }),
  })
  const toggle = useMutation({
    mutationFn: (c: AdminCertification) =>
      sdk.client.fetch(`/admin/certifications/${c.id}/${c.verified_at ? "unverify" : "verify"}`, { method: "POST" }),
    onSuccess: (_answer, c) => {
      toast.success(
        t(`fengshou.certificates.${c.verified_at ? "unverifiedToast" : "verifiedToast"}`, { name: c.title_zh }),
      )
      return client.invalidateQueries({ queryKey: key })
    },
    onError: (e: Error) => toast.error(t("fengshou.certificates.failed", { message: e.message })),
  })

  if (isPending) return <Text size="small">…</Text>
  if (error)
    return (
      <Text size="small" className="text-ui-fg-error">
        {error.message}
      </Text>
    )
  if (!data.certifications.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("fengshou.certificates.none")}
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("fengshou.certificates.name")}</Table.HeaderCell>
          <Table.HeaderCell>{t("fengshou.certificates.covers")}</Table.HeaderCell>
          <Table.HeaderCell>{t("fengshou.certificates.validUntil")}</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {data.certifications.map((c) => (
          <Table.Row key={c.id}>
            <Table.Cell>
              <div className="flex flex-col">
                <span>{c.title_zh}</span>
                <span className="text-ui-fg-subtle txt-compact-small">
                  {[c.issuer, c.number].filter(Boolean).join(" · ")}
                </span>
                {c.document_url && (
                  <a href={c.document_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                    {t("fengshou.certificates.document")}
                  </a>
                )}
              </div>
            </Table.Cell>
            <Table.Cell>
              {t(`fengshou.certificates.${c.lot_id ? "lot" : c.product_id ? "product" : "cooperative"}`)}
            </Table.Cell>
            <Table.Cell>
              <div className="flex flex-wrap items-center gap-1">
                <span>{c.expires_on ?? t("fengshou.certificates.noEnd")}</span>
                {c.expired && <Badge color="red">{t("fengshou.certificates.expired")}</Badge>}
                <Badge color={c.verified_at ? "green" : "grey"}>
                  {t(`fengshou.certificates.${c.verified_at ? "verified" : "selfDeclared"}`)}
                </Badge>
              </div>
            </Table.Cell>
            <Table.Cell>
              <Button
                size="small"
                variant={c.verified_at ? "secondary" : "primary"}
                isLoading={toggle.isPending && toggle.variables?.id === c.id}
                onClick={() => toggle.mutate(c)}
              >
                {t(`fengshou.certificates.${c.verified_at ? "unverify" : "verify"}`)}
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
