// Kept only for lib/data, which reads the token through this name; everything else uses lib/console-session.
import "server-only"
import { getConsoleToken } from "./console-session"

export const getOfficialToken = () => getConsoleToken("official")
