/** GEXF sink: graph-exports/diplomacy.gexf and graph-exports/countries.gexf, for Gephi. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { countriesDocument, diplomacyDocument } from "../graph/exports.js";
import { gexfChunks } from "../graph/gexf-writer.js";
import { writeAtomically } from "./atomic.js";
import type { Sink } from "./types.js";

export const gexfSink: Sink = {
  name: "gexf",
  async write(result, { outDir, log }) {
    mkdirSync(outDir, { recursive: true });
    // one document at a time: each holds its layout until it is written
    const files = {
      "diplomacy.gexf": () => diplomacyDocument(result),
      "countries.gexf": () => countriesDocument(result, result.index),
    };
    for (const [file, build] of Object.entries(files)) {
      const { document, layout } = build();
      if (layout.stoppedByClock) {
        log?.(`diplograph: ${file}: the layout stopped at its time budget after ${layout.iterations} iterations; positions may differ between runs`);
      }
      await writeAtomically(join(outDir, file), gexfChunks(document));
    }
    return Object.keys(files);
  },
};
