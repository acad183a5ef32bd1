/**
 * npm run corpus -- --articles N --out DIR [--seed S]
 *
 * Writes a deterministic synthetic corpus (the same seed gives a byte-identical corpus) with its
 * manifest.json and gold.json; see scripts/corpus/generate.ts.
 */
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus/generate.js";

const USAGE = "usage: npm run corpus -- --articles N --out DIR [--seed S]";

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({ options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (e) {
    process.stderr.write(`diplograph: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const articles = Number(values.articles);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!values.out || !Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
    process.stderr.write(`diplograph: --articles (a positive integer) and --out are required; --seed is an integer\n${USAGE}\n`);
    return 2;
  }
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let last = 0;
  const summary = generateCorpus({
    articles,
    out: values.out,
    seed,
    onProgress: (done, total) => {
      const now = Date.now();
      if (done !== total && now - last < (tty ? 200 : 10_000)) return;
      last = now;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      const line = `${done}/${total} articles, ${rate.toFixed(0)}/s, ETA ${Math.round((total - done) / rate)}s`;
      process.stderr.write(tty ? `\r${line}   ${done === total ? "\n" : ""}` : `${line}\n`);
    },
  });
  process.stderr.write(
    `diplograph: wrote ${summary.articles} articles (${(summary.bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)}s: ` +
      `${summary.noise} without events, ${Object.values(summary.events).reduce((a, b) => a + b, 0)} gold events (+${summary.optional} optional)\n`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
