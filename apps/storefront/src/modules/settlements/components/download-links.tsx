import styles from "../settlements.module.css"

export type DownloadLink = { href: string; label: string }

/**
 * Plain links to the storefront's download routes, which forward the console's httpOnly cookie to the backend: the
 * browser saves the file (the backend names it) and no script ever holds the token.
 */
export function DownloadLinks({ label, links }: { label: string; links: DownloadLink[] }) {
  return (
    <nav aria-label={label} className={styles.toolbar}>
      {links.map((link) => (
        <a key={link.href} href={link.href} className="button button--secondary" download>
          {link.label}
        </a>
      ))}
    </nav>
  )
}
