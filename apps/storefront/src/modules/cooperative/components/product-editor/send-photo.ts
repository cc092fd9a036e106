"use client"
// Sends one photo to the portal's upload route with XMLHttpRequest, the one browser API that reports upload
// progress. Answers the route's JSON (the stored file, or an error code); a dropped connection reads as "network".
import { UPLOAD_ROUTE, type UploadAnswer } from "./photo-upload"

export type SendResult = UploadAnswer | { error: "network"; message: string }

export function sendPhoto(file: File, onProgress: (percent: number) => void): Promise<SendResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open("POST", UPLOAD_ROUTE)
    request.responseType = "json"
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => {
      const body = request.response as SendResult | null
      resolve(body ?? { error: "network", message: `HTTP ${request.status}` })
    }
    request.onerror = () => resolve({ error: "network", message: "connection failed" })
    const form = new FormData()
    form.set("purpose", "photo")
    form.set("file", file)
    request.send(form)
  })
}
