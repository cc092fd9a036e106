import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { CategoryView } from "@/lib/data/categories"

type Props = { categories: CategoryView[]; activeHandle: string | null; search?: string }

/** Category links that keep the current sort and price range (`search`); the current one is marked. */
export function CategoryNav({ categories, activeHandle, search = "" }: Props) {
  const t = useTranslations("listing")
  const links: { handle: string | null; name: string; href: string }[] = [
    { handle: null, name: t("allCategories"), href: `/products${search}` },
    ...categories.map((c) => ({ handle: c.handle, name: c.name, href: `/categories/${c.handle}${search}` })),
  ]
  return (
    <nav aria-label={t("categoriesLabel")} className="category-nav">
      <ul>
        {links.map((link) => (
          <li key={link.handle ?? "all"}>
            <Link href={link.href} className="chip" aria-current={link.handle === activeHandle ? "page" : undefined}>
              {link.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
