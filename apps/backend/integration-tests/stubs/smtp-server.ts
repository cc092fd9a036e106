// A real SMTP server (the smtp-server package) on 127.0.0.1 at a free port that keeps every message it receives,
// parsed with mailparser, so the SMTP provider runs nodemailer end to end in tests. Any login is accepted.
import type { AddressInfo } from "node:net"
import { simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

export type ReceivedMail = {
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  user: string | null
}

export async function startSmtpServer() {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    onAuth: (auth, _session, done) => done(null, { user: auth.username }),
    onData: (stream, session, done) => {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            user: typeof session.user === "string" ? session.user : null,
          })
          done()
        })
        .catch(done)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://fengshou:test-password@127.0.0.1:${port}`,
    messages,
    /** Messages to one address, oldest first. */
    to: (address: string) => messages.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
