// The official's session: the `official` actor's JWT in the httpOnly cookie `fs_official`; the export route handler
// reads it to forward the token.
import "server-only"
import { actorSession } from "./actor-session"

const official = actorSession("fs_official")
export const getOfficialToken = official.get
export const setOfficialToken = official.set
export const clearOfficialToken = official.clear
