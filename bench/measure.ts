/**
 * Runs a child process and measures it: wall time (here), CPU time and peak resident set size. The peak RSS
 * comes from GNU time (/usr/bin/time -f %M, the kernel's ru_maxrss of the child, worker threads
 * included); without GNU time, from polling /proc/<pid>/status for VmHWM (the kernel's own
 * high-water mark, read until the process exits; the last poll may miss a final spike).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Measured {
  seconds: number;
  /** User plus system CPU time of the child and its threads (GNU time only; else undefined). */
  cpuSeconds?: number;
  peakRssMB: number;
  code: number | null;
  stderr: string;
  /** The run was stopped at its time limit. */
  timedOut: boolean;
}

const GNU_TIME = "/usr/bin/time";
export const rssMethod = existsSync(GNU_TIME) ? "GNU time (ru_maxrss)" : "/proc VmHWM polling";

/**
 * Runs cmd with args; stdout goes to `stdoutFile` (or is dropped), stderr is kept (last 64 KB).
 * After `timeoutSeconds` the child's process group is killed and the result says so.
 */
export function measure(cmd: string, args: string[], opts: { stdoutFile?: string; env?: NodeJS.ProcessEnv; cwd?: string; timeoutSeconds?: number } = {}): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-"));
  const timeFile = join(dir, "time");
  const out = openSync(opts.stdoutFile ?? "/dev/null", "w");
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  // its own process group, so a time limit stops GNU time and the measured process together
  const child = spawn(file, argv, { stdio: ["ignore", out, "pipe"], env: opts.env ?? process.env, cwd: opts.cwd, detached: true });
  closeSync(out);
  let timedOut = false;
  const limit = opts.timeoutSeconds
    ? setTimeout(() => {
        timedOut = true;
        process.kill(-child.pid!, "SIGKILL");
      }, opts.timeoutSeconds * 1000)
    : undefined;
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString("utf8")).slice(-65536);
  });
  let hwmKB = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (m) hwmKB = Math.max(hwmKB, Number(m[1]));
        } catch {
          /* exited */
        }
      }, 50);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      if (limit) clearTimeout(limit);
      let peakKB = hwmKB;
      let cpuSeconds: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const lines = readFileSync(timeFile, "utf8").trim().split("\n");
        const [maxKB, user, system] = lines[lines.length - 1].split(" ").map(Number);
        peakKB = maxKB || 0;
        if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user + system;
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ seconds, ...(cpuSeconds === undefined ? {} : { cpuSeconds }), peakRssMB: peakKB / 1024, code, stderr, timedOut });
    });
  });
}
