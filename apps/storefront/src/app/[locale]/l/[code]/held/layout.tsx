import type { ReactNode } from "react"
import { QueryProvider } from "@/modules/common/components/query-provider"
import { SectionMessages } from "@/modules/common/components/section-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * The held page's client components: the countdown (`liveHold`) and the one-step checkout, whose address fields are
 * checkout's (`checkout`, `fieldErrors`, with react-query for the division cascade) and whose answers are `live`'s.
 */
export default function LinkHeldLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["liveHold", "live", "checkout", "fieldErrors"]}>
      <QueryProvider>{children}</QueryProvider>
    </SectionMessages>
  )
}
