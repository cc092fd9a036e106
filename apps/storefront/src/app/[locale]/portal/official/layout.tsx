import type { ReactNode } from "react"
import { QueryProvider } from "@/modules/common/components/query-provider"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { consoleMetadata } from "@/modules/console/metadata"
import "../../../styles/portal.css"
import "../../../styles/official.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export const generateMetadata = consoleMetadata("official")

/**
 * The dashboard's client components get the `official` strings, and `portal` for the shared form errors; react-query
 * for the region cascade.
 */
export default function OfficialLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["portal", "official"]}>
      <QueryProvider>{children}</QueryProvider>
    </SectionMessages>
  )
}
