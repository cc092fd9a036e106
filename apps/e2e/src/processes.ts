import { spawn, type ChildProcess } from "node:child_process"

export type Started = { name: string; child: ChildProcess; output: () => string }

/** Starts a long-running process, keeping the tail of its output for error messages. */
export function startProcess(
  name: string,
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): Started {
  let output = ""
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  return { name, child, output: () => output }
}

/** Runs a command to completion; rejects with its output when it fails. */
export async function runToEnd(
  name: string,
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
) {
  const started = startProcess(name, cmd, args, opts)
  const code = await new Promise<number | null>((resolve) => started.child.on("exit", resolve))
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${started.output().slice(-4000)}`)
}

/** Stops a process started by startProcess together with its children (it leads its own group). */
export async function stopProcess(started: Started) {
  const { child } = started
  if (child.exitCode !== null || !child.pid) return
  const exited = new Promise((resolve) => child.on("exit", resolve))
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL")
    } catch {
      // gone
    }
  }, 10_000)
  await exited
  clearTimeout(timer)
}

/** Polls a URL until it answers 2xx (and, if given, its body passes `ok`), or fails after `timeoutMs`. */
export async function waitForUrl(url: string, started: Started, timeoutMs: number, ok?: (body: string) => boolean) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) {
      throw new Error(
        `${started.name} exited (${started.child.exitCode}) before ${url} answered:\n${started.output().slice(-4000)}`,
      )
    }
    try {
      const res = await fetch(url)
      if (res.ok && (!ok || ok(await res.text()))) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${started.output().slice(-4000)}`)
}
