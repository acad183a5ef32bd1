/**
 * Runs a child process and measures it: wall time (here), CPU time and peak resident set size. The peak RSS
 * comes from GNU time (/usr/bin/time -f %M, the kernel's ru_maxrss of the child, worker threads
 * included); without GNU time, from polling /proc/<pid>/status for VmHWM (the kernel's own
 * high-water mark, read until the process exits; the last poll may miss a final spike).
 * On request, the CPU time of each of the measured process's threads, polled from /proc/<pid>/task.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync } from "node:fs";
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
  /** CPU seconds by thread (with `threads`): the process's main thread, then the others, busiest first. */
  threadCpu?: { main: number; others: number[] };
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux for x86 and arm). */
const TICKS_PER_SECOND = 100;
/** How often thread times are read: a thread that ends loses at most this much of its time. */
export const THREAD_POLL_MS = 100;

/** utime + stime of a /proc stat line, in seconds (the fields after the command name, which may hold spaces). */
function cpuOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

const GNU_TIME = "/usr/bin/time";
export const rssMethod = existsSync(GNU_TIME) ? "GNU time (ru_maxrss)" : "/proc VmHWM polling";

/**
 * Runs cmd with args; stdout goes to `stdoutFile` (or is dropped), stderr is kept (last 64 KB).
 * After `timeoutSeconds` the child's process group is killed and the result says so.
 */
export function measure(
  cmd: string,
  args: string[],
  opts: { stdoutFile?: string; env?: NodeJS.ProcessEnv; cwd?: string; timeoutSeconds?: number; threads?: boolean } = {},
): Promise<Measured> {
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
  // the last CPU time seen of each thread of the measured process (GNU time's child when it wraps it)
  const threadSeconds = new Map<number, number>();
  let measuredPid: number | undefined;
  const readThreads = () => {
    try {
      measuredPid ??= useTime ? Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(" ")[0]) || undefined : child.pid;
      if (!measuredPid) return;
      for (const tid of readdirSync(`/proc/${measuredPid}/task`)) {
        try {
          threadSeconds.set(Number(tid), cpuOfStat(readFileSync(`/proc/${measuredPid}/task/${tid}/stat`, "utf8")));
        } catch {
          /* the thread ended */
        }
      }
    } catch {
      /* not started yet, or exited */
    }
  };
  const threadPoll = opts.threads ? setInterval(readThreads, THREAD_POLL_MS) : undefined;
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      if (threadPoll) clearInterval(threadPoll);
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
      const threadCpu =
        measuredPid && threadSeconds.has(measuredPid)
          ? {
              main: threadSeconds.get(measuredPid)!,
              others: [...threadSeconds].filter(([tid]) => tid !== measuredPid).map(([, s]) => s).sort((a, b) => b - a),
            }
          : undefined;
      resolve({ seconds, ...(cpuSeconds === undefined ? {} : { cpuSeconds }), peakRssMB: peakKB / 1024, code, stderr, timedOut, ...(threadCpu ? { threadCpu } : {}) });
    });
  });
}
