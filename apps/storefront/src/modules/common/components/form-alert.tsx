import type { ReactNode } from "react"

/** Announced at once by screen readers; empty when there is nothing to say, so the live region stays mounted. */
export function FormAlert({ children }: { children?: ReactNode }) {
  return (
    <div role="alert" className={children ? "form-error" : undefined}>
      {children}
    </div>
  )
}
