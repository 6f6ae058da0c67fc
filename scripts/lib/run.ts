import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const root = process.cwd();
export const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/**
 * How every script runs another one: Node with tsx's loader, with the "server-only" marker made
 * harmless outside Next (outside-next.mjs). One process, not the tsx command's two: that one passes
 * a signal on to its child and kills the child outright when the child does not confirm within
 * 30 ms, which on a busy machine ended the server before it had stopped its job worker.
 */
export const tsx = (script: string, ...args: string[]): [string, string[]] => [process.execPath, ["--import", "tsx", "--import", "./scripts/lib/outside-next.mjs", script, ...args]];

/** Runs a command with inherited output; resolves on exit 0, rejects otherwise. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

/**
 * Runs commands side by side, each one's output held back and printed whole when it ends (so two
 * tools never interleave their lines), with how long it took. Rejects with every failure.
 */
export async function runTogether(
  steps: {
    title: string;
    command: string;
    args: string[];
    env?: NodeJS.ProcessEnv;
    /** Called as soon as this step has passed. */
    passed?: () => void;
    /** Called as soon as this step has failed, or could not start. */
    failed?: () => void;
    /** Starts once this has settled (what the step needs, such as a migrated database); fails with its error. */
    after?: Promise<unknown>;
  }[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const outcomes = await Promise.all(
    steps.map(async ({ title, command, args, env: own, passed, failed, after }) => {
      try {
        await after;
      } catch (error) {
        console.log(`✗ ${title} did not start: ${error instanceof Error ? error.message : String(error)}`);
        failed?.();
        return { title, ok: false };
      }
      return new Promise<{ title: string; ok: boolean }>((resolve) => {
        const started = Date.now();
        const output: Buffer[] = [];
        const child = spawn(command, args, { cwd: root, env: own ?? env, stdio: ["ignore", "pipe", "pipe"] });
        child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
        const finish = (ok: boolean, note = "") => {
          if (!ok) failed?.();
          const text = Buffer.concat(output).toString().trimEnd();
          console.log(`${ok ? "✓" : "✗"} ${title} (${Math.round((Date.now() - started) / 1000)} s)${note}${text ? `\n${text}` : ""}`);
          resolve({ title, ok });
        };
        child.on("error", (error) => finish(false, `: ${error.message}`));
        child.on("exit", (code, signal) => {
          if (code === 0) passed?.();
          finish(code === 0, code === 0 ? "" : ` failed (${signal ?? code})`);
        });
      });
    }),
  );
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.title);
  if (failed.length) throw new Error(`${failed.join(" and ")} failed.`);
}

/**
 * Starts the production server of `tree` (this checkout unless another commit's is given) on
 * `port` and resolves once it answers: our own `scripts/serve.ts` where the tree has one, and
 * `next start` for commits from before it.
 */
export async function startServer(port: number, env: NodeJS.ProcessEnv, tree = root): Promise<ChildProcess> {
  const hook = path.join(tree, "scripts", "lib", "outside-next.mjs");
  const [command, args] = existsSync(path.join(tree, "scripts", "serve.ts"))
    ? [path.join(tree, "node_modules", ".bin", "tsx"), [...(existsSync(hook) ? ["--import", "./scripts/lib/outside-next.mjs"] : []), "scripts/serve.ts", "--port", String(port)]]
    : [path.join(tree, "node_modules", ".bin", "next"), ["start", "-p", String(port)]];
  const child = spawn(command, args, { cwd: tree, env, stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("The server exited while starting.");
    try {
      if ((await fetch(`http://localhost:${port}/login`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error("The server did not start within 60 s.");
}

/**
 * SIGTERM, then SIGKILL if it is still running 5 s later; resolves once it has exited (a server is
 * stopped before its database is dropped, or its job workers report the loss).
 */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], min: sorted[0] };
}

/** Ends the process when a benchmark is done, whatever it left open (live feeds, timers): 0, or 1 with the error. */
export function exitWhenDone(done: Promise<void>): void {
  done.then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
