// The co-op clerk's session: the `cooperative` actor's JWT in the httpOnly cookie `fs_coop`.
import "server-only"
import { actorSession } from "./actor-session"

const coop = actorSession("fs_coop")
export const getCoopToken = coop.get
export const setCoopToken = coop.set
export const clearCoopToken = coop.clear
