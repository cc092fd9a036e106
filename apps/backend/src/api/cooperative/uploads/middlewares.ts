import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { UPLOAD_RULES } from "@fengshou/store-contract"
import multer, { MulterError } from "multer"
import { findCooperativeActor, refuseSuspendedCooperative } from "../cooperative-actor"
import { describeLimits } from "./describe-upload-rules"
import { CooperativeUpload, type CooperativeUploadBody } from "./validators"

// Kept in memory like Medusa's own /admin/uploads: uploadFilesWorkflow takes the content, not a stream. The hard cap
// is the largest purpose's limit; the route then applies the purpose's own.
const MAX_BYTES = Math.max(...Object.values(UPLOAD_RULES).map((r) => r.max_bytes))
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_BYTES, files: 1, fields: 5 } })

/** multer's own refusals (too big, a second file, a wrongly named field) are the sender's to fix: 400, not 500. */
function readMultipart(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload.single("file")(req as never, res as never, (err?: unknown) => {
    if (!err) return next()
    const message =
      err instanceof MulterError && err.code === "LIMIT_FILE_SIZE"
        ? `file is too large. ${describeLimits()}`
        : err instanceof MulterError
          ? `Send one file as the multipart field "file" and the field "purpose" (${err.message})`
          : `The upload could not be read as multipart/form-data: ${(err as Error).message}`
    res.status(400).json({ type: "invalid_data", message })
  })
}

/**
 * A sign-up token (an identity with no cooperative yet) may upload only its licence; staff of a suspended cooperative
 * may not upload at all, like their other writes.
 */
function allowPurpose(
  req: AuthenticatedMedusaRequest<CooperativeUploadBody>,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  if (findCooperativeActor(req)) return refuseSuspendedCooperative(req, res, next)
  if (req.validatedBody.purpose !== "licence") {
    res.status(403).json({
      type: "not_allowed",
      message:
        "Before your cooperative is registered you can upload only its business licence (purpose licence); " +
        "photos and documents need a cooperative staff login.",
    })
    return
  }
  next()
}

export const cooperativeUploadRoutes: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/cooperative/uploads",
    middlewares: [readMultipart, validateAndTransformBody(CooperativeUpload), allowPurpose],
  },
]
