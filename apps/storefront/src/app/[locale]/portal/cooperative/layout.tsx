import type { ReactNode } from "react"
import { QueryProvider } from "@/modules/common/components/query-provider"
import { SectionMessages } from "@/modules/common/components/section-messages"
import { consoleMetadata } from "@/modules/console/metadata"
import "../../../styles/portal.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export const generateMetadata = consoleMetadata("portal")

/** The console's client components get the `portal` strings (the cooperative console's); react-query for the sign-up's cascade. */
export default function CooperativeLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["portal"]}>
      <QueryProvider>{children}</QueryProvider>
    </SectionMessages>
  )
}
