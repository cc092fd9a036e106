import { z } from "zod"

/** GET /admin/certifications: a product's (with its lots') or a cooperative's certificates. */
export const AdminListCertifications = z
  .object({ product_id: z.string().min(1).optional(), cooperative_id: z.string().min(1).optional() })
  .refine((q) => Boolean(q.product_id) !== Boolean(q.cooperative_id), {
    message: "name exactly one of product_id or cooperative_id",
    path: ["product_id"],
  })
export type AdminListCertificationsQuery = z.infer<typeof AdminListCertifications>
