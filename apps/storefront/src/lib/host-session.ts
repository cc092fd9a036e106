// The livestream host's session: the `host` actor's JWT in the httpOnly cookie `fs_host`; the live panel's stream
// route handler reads it to forward the token.
import "server-only"
import { actorSession } from "./actor-session"

const host = actorSession("fs_host")
export const getHostToken = host.get
export const setHostToken = host.set
export const clearHostToken = host.clear
