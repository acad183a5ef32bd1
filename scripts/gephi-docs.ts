/**
 * Renders the committed seed exports with Gephi's preview (tools/gephi/GephiHarness.java, headless)
 * to docs/gephi-seeds.png and docs/gephi-countries.png: `npm run docs:gephi`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { missingTools, ROOT, runHarness } from "./gephi-harness.js";

const missing = missingTools();
if (missing) {
  process.stderr.write(`diplograph: rendering with Gephi needs Java 17, javac and Maven: ${missing}\n`);
  process.exit(1);
}
const exports = join(ROOT, "graph-exports");
const docs = join(ROOT, "docs");
mkdirSync(docs, { recursive: true });
runHarness([
  "render",
  join(exports, "diplomacy.gexf"),
  join(docs, "gephi-seeds.png"),
  "1600",
  "1200",
  join(exports, "countries.gexf"),
  join(docs, "gephi-countries.png"),
  "1200",
  "900",
]);
process.stdout.write("wrote docs/gephi-seeds.png and docs/gephi-countries.png\n");
