import type { ReactNode } from "react"
import { Link } from "@/i18n/navigation"
import type { ConsoleActor } from "@/lib/console-session"
import { ConsoleSignOutButton } from "./sign-out-button"

type Nav = { label: string; links: { id: string; href: string; label: string }[]; current: string }
type Props = {
  actor: ConsoleActor
  /** The organisation or person signed in, and the line under it (the staff's email). */
  name: ReactNode
  staff?: ReactNode
  /** Why they may not do everything yet (waiting for approval, suspended). */
  warning?: ReactNode
  /** The console's sections as tabs, shown with the content. */
  nav?: Nav
  className?: string
  children?: ReactNode
}

/** Who is signed in and sign-out, a warning while they may not write, the sections, then the section itself. */
export function ConsoleShell({ actor, name, staff, warning, nav, className, children }: Props) {
  return (
    <div className={className ? `portal ${className}` : "portal"}>
      <header className="portal-header">
        <div>
          <p className="portal-header__name">{name}</p>
          {staff && <p className="muted portal-header__staff">{staff}</p>}
        </div>
        <ConsoleSignOutButton actor={actor} />
      </header>
      {warning && (
        <div className="portal-banner portal-banner--warning" role="status">
          {warning}
        </div>
      )}
      {children && nav && (
        <nav aria-label={nav.label} className="portal-nav">
          {nav.links.map((link) => (
            <Link
              key={link.id}
              href={link.href}
              className="portal-nav__link"
              aria-current={link.id === nav.current ? "page" : undefined}
            >
              {link.label}
            </Link>
          ))}
        </nav>
      )}
      {children}
    </div>
  )
}
