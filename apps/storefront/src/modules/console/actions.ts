"use server"
// Signing out of any console: its cookie is forgotten; the page then shows the login.
import { CONSOLE_ACTORS, clearConsoleToken, type ConsoleActor } from "@/lib/console-session"

export async function signOut(actor: ConsoleActor): Promise<void> {
  // A server action is a public endpoint: only the three cookies may be cleared.
  if ((CONSOLE_ACTORS as readonly string[]).includes(actor)) await clearConsoleToken(actor)
}
