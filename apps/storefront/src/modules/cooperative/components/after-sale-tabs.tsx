import { Link } from "@/i18n/navigation"
import styles from "../after-sale.module.css"

type Tab = { id: string; href: string; label: string }

/** The tabs of an after-sale list (links: the tab lives in the URL); the current one is marked for screen readers. */
export function AfterSaleTabs({ label, tabs, current }: { label: string; tabs: Tab[]; current: string }) {
  return (
    <nav aria-label={label} className={styles.tabs}>
      {tabs.map((tab) => (
        <Link
          key={tab.id}
          href={tab.href}
          className={styles.tab}
          aria-current={tab.id === current ? "page" : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  )
}

/** "Newer" and "older" links when the list has more than one page. */
export function AfterSalePager({
  newer,
  older,
  labels,
}: {
  newer: string | null
  older: string | null
  labels: { label: string; newer: string; older: string }
}) {
  if (!newer && !older) return null
  return (
    <nav aria-label={labels.label} className={styles.pager}>
      {newer ? <Link href={newer}>{labels.newer}</Link> : <span />}
      {older ? <Link href={older}>{labels.older}</Link> : <span />}
    </nav>
  )
}
