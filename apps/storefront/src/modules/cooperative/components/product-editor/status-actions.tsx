"use client"
// Publish, unpublish, archive, or restore an archived product (as a draft): one small form per button, so each
// works alone and reads the page again once the backend has it.
import { useTranslations } from "next-intl"
import { ConsoleAlert } from "@/modules/console/console-alert"
import { useConsoleForm } from "@/modules/console/use-console-form"
import { changeProductStatus } from "../../product-actions"
import styles from "./editor.module.css"
import { productStatusSchema } from "./product-form"

type Move = { status: "draft" | "published" | "archived"; label: "publish" | "unpublish" | "archive" | "restore" }

function StatusButton({ productId, move, secondary }: { productId: string; move: Move; secondary: boolean }) {
  const t = useTranslations("productEditor")
  const tPortal = useTranslations("portal")
  const form = useConsoleForm("cooperative", productStatusSchema, changeProductStatus, { reset: false })
  return (
    <form noValidate onSubmit={form.onSubmit} className={styles.statusForm}>
      <ConsoleAlert actor="cooperative" failure={form.failure} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="status" value={move.status} />
      <button type="submit" className={secondary ? "button button--secondary" : "button"} disabled={form.pending}>
        {form.pending ? tPortal("working") : t(move.label)}
      </button>
    </form>
  )
}

/** The moves open to a product from where it is now. */
export function StatusActions({
  productId,
  status,
  archived,
}: {
  productId: string
  status: string
  archived: boolean
}) {
  const moves: Move[] = archived
    ? [{ status: "draft", label: "restore" }]
    : [
        status === "published" ? { status: "draft", label: "unpublish" } : { status: "published", label: "publish" },
        { status: "archived", label: "archive" },
      ]
  return (
    <div className={styles.statusActions}>
      {moves.map((move, i) => (
        <StatusButton key={move.label} productId={productId} move={move} secondary={i > 0} />
      ))}
    </div>
  )
}
