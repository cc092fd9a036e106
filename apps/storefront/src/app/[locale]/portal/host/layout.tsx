import type { ReactNode } from "react"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { consoleMetadata } from "@/modules/console/metadata"
import "../../../styles/portal.css"
import "../../../styles/live.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export const generateMetadata = consoleMetadata("host")

/** The console's client components get the `host` strings, and `live` for platform and status names. */
export default function HostLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["host", "live", "liveConsent"]}>
      {children}
    </SectionMessages>
  )
}
