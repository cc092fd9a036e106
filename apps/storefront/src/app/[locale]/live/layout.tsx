import type { ReactNode } from "react"
import { SectionMessages } from "@/modules/common/components/section-messages"
import "../../styles/live.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The shelf's client components get the `live` strings, and `cart` for its buttons. */
export default function LiveLayout({ children, params }: Props) {
  return (
    <SectionMessages params={params} namespaces={["live", "cart"]}>
      {children}
    </SectionMessages>
  )
}
