import type { ReactNode } from "react"
import { SectionMessages } from "@/modules/common/components/section-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The certificates page's client form also reads its own strings and the certificate kinds' names. */
export default function CooperativeCertificatesLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["portal", "certificates", "cooperatives"]}>
      {children}
    </SectionMessages>
  )
}
