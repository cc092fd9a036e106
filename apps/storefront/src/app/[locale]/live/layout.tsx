import type { ReactNode } from "react"
import { QueryProvider } from "@/modules/common/components/query-provider"
import { SectionMessages } from "@/modules/common/components/section-messages"
import "../../styles/live.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The shelf's client components get the `live` strings, and `cart` for its buttons; react-query for "add to cart". */
export default function LiveLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["live", "cart"]}>
      <QueryProvider>{children}</QueryProvider>
    </SectionMessages>
  )
}
