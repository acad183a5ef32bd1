import { describe, expect, it } from "vitest";
import { progressLine, progressReporter } from "../../src/cli/progress.js";

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("progress", () => {
  it("states articles done, rate and ETA", () => {
    expect(progressLine(250, 1000, 5000)).toBe("250/1000 articles (25%), 50.0/s, ETA 15s");
    expect(progressLine(1000, 1000, 65_000)).toBe("1000/1000 articles (100%), 15.4/s, done in 1m05s");
    expect(progressLine(10, 100_000, 1000)).toBe("10/100000 articles (0%), 10.0/s, ETA 2h46m");
  });

  it("draws a bar in place on a terminal, at most every 200 ms, and ends the line when done", () => {
    const c = clock();
    const out: string[] = [];
    const report = progressReporter({ isTTY: true, columns: 100, write: (t) => out.push(t) }, c.now);
    c.advance(100);
    report(1, 4);
    c.advance(50);
    report(2, 4); // too soon to redraw
    c.advance(300);
    report(3, 4);
    c.advance(10);
    report(4, 4); // the last one always shows
    expect(out).toHaveLength(3);
    expect(out.every((l) => l.startsWith("\r["))).toBe(true);
    expect(out[0]).toContain("[######..................] 1/4 articles (25%)");
    expect(out[2]).toContain("[########################] 4/4 articles (100%)");
    expect(out[2].endsWith("\n")).toBe(true);
    expect(out.slice(0, 2).some((l) => l.includes("\n"))).toBe(false);
  });

  it("writes plain log lines every 10 s without a terminal, and none for a short run", () => {
    const c = clock();
    const out: string[] = [];
    const report = progressReporter({ isTTY: false, write: (t) => out.push(t) }, c.now);
    for (let i = 1; i <= 100; i++) {
      c.advance(250); // 25 s in all
      report(i, 100);
    }
    expect(out).toEqual([
      "diplograph: 40/100 articles (40%), 4.0/s, ETA 15s\n",
      "diplograph: 80/100 articles (80%), 4.0/s, ETA 5s\n",
      "diplograph: 100/100 articles (100%), 4.0/s, done in 25s\n",
    ]);
    const quick: string[] = [];
    const short = progressReporter({ isTTY: false, write: (t) => quick.push(t) }, c.now);
    for (let i = 1; i <= 10; i++) {
      c.advance(100);
      short(i, 10);
    }
    expect(quick).toEqual([]);
  });
});
