// What differs between the three consoles' forms: the keys their field errors may be, where their strings live
// (the official's form errors are the cooperative's), the prefix of their element ids, where sign-out lands.
import { COOPERATIVE_FIELD_ERRORS } from "@/lib/cooperative/schemas"
import { HOST_FIELD_ERRORS } from "@/lib/host/schemas"

export const CONSOLES = {
  cooperative: {
    fieldErrors: COOPERATIVE_FIELD_ERRORS,
    messages: "portal",
    errors: "portal",
    id: "portal",
    signedOutTo: null,
  },
  host: { fieldErrors: HOST_FIELD_ERRORS, messages: "host", errors: "host", id: "host", signedOutTo: "/portal/host" },
  official: {
    fieldErrors: COOPERATIVE_FIELD_ERRORS,
    messages: "official",
    errors: "portal",
    id: "official",
    signedOutTo: null,
  },
} as const
