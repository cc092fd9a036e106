import type { ReactNode } from "react"
import { CHECKOUT_NAMESPACES } from "@/lib/client-messages"
import { QueryProvider } from "@/modules/common/components/query-provider"
import { SectionMessages } from "@/modules/common/components/section-messages"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * Checkout's and the account's forms get their strings here; the shop's layout sends every page only its own. Their
 * address cascades (and checkout's live banner) read with react-query, which the catalog pages do without.
 */
export default function AccountLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={[...CHECKOUT_NAMESPACES]}>
      <QueryProvider>{children}</QueryProvider>
    </SectionMessages>
  )
}
