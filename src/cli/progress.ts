/**
 * Progress of a long run on stderr: on a terminal a bar redrawn in place (articles done, rate, ETA);
 * elsewhere (a log file, CI) a plain line every LOG_EVERY_MS, so logs are not flooded with bars.
 */

export interface ProgressSink {
  isTTY: boolean;
  write: (text: string) => void;
  /** Terminal width in columns, when known. */
  columns?: number;
}

/** A terminal bar is redrawn at most this often. */
const REDRAW_MS = 200;
/** Without a terminal, a line this often (runs shorter than this print none). */
const LOG_EVERY_MS = 10_000;
const BAR_WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** The state line: "1234/10000 articles (12%), 250.0/s, ETA 35s". */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const rate = done / Math.max(0.001, elapsedMs / 1000);
  const percent = total ? Math.floor((100 * done) / total) : 100;
  const eta = done === total ? `done in ${duration(elapsedMs / 1000)}` : `ETA ${duration((total - done) / rate)}`;
  return `${done}/${total} articles (${percent}%), ${rate.toFixed(1)}/s, ${eta}`;
}

/** A callback for every finished file (done, total); `now` is injectable for tests. */
export function progressReporter(sink: ProgressSink, now: () => number = Date.now): (done: number, total: number) => void {
  const started = now();
  let last = sink.isTTY ? -Infinity : started;
  return (done, total) => {
    const t = now();
    const finished = done === total;
    if (!sink.isTTY) {
      if (t - last < LOG_EVERY_MS && !(finished && last !== started)) return;
      last = t;
      sink.write(`diplograph: ${progressLine(done, total, t - started)}\n`);
      return;
    }
    if (!finished && t - last < REDRAW_MS) return;
    last = t;
    const filled = total ? Math.round((BAR_WIDTH * done) / total) : BAR_WIDTH;
    const line = `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${progressLine(done, total, t - started)}`;
    const width = sink.columns ?? 80;
    sink.write(`\r${line.slice(0, width - 1).padEnd(Math.min(width - 1, line.length + 4))}${finished ? "\n" : ""}`);
  };
}
