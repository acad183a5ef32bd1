/** Command-line arguments → options (knip style: parse, validate, then main() does the work). */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { DiplographError } from "../errors.js";
import { eventTypes, type EventType } from "../lexicon/schema.js";

export type Command = "build" | "extract" | "candidates";

export interface CliOptions {
  command: Command;
  paths: string[];
  outDir: string;
  manifest?: string;
  published?: string;
  from?: string;
  to?: string;
  types?: EventType[];
  actor?: string;
  dictDirs: string[];
  format: "jsonl" | "json" | "text";
  maxFileBytes?: number;
  maxFileSeconds?: number;
  /** Extraction worker threads (1: the main thread). */
  workers: number;
  quiet: boolean;
  /** build: load into Neo4j at this URI (bolt://, neo4j://, neo4j+s://). */
  neo4jUri?: string;
}

export const HELP: Record<Command | "main", string> = {
  main: `diplograph — a knowledge graph of diplomatic events from news articles

Usage: diplograph <command> [options] <paths...>

Commands:
  build <paths...>       read articles, write graph-exports/ (edges, nodes, articles) and print a summary
  extract <paths...>     print the extracted edges on stdout (JSON Lines), nothing else
  candidates <paths...>  list persons found by their titles but missing from the dictionary

Run "diplograph <command> --help" for its options.
Exit codes: 0 done (some files may have been skipped with warnings), 1 input rejected, 2 usage error.`,
  build: `Usage: diplograph build <paths...> [options]

Reads .txt, .html, .htm and .md files (folders recursively; HTML is recognised by content), writes
edges.jsonl, nodes.jsonl and articles.jsonl to the output folder and prints a summary on stderr.

Options:
  --out DIR             output folder (default: graph-exports)
  --manifest FILE       publication dates for all inputs (default: manifest.json beside each file)
  --published DATE      publication date (YYYY-MM-DD) for articles with no manifest entry
  --from DATE --to DATE keep edges dated within the range (YYYY, YYYY-MM or YYYY-MM-DD)
  --type T[,T...]       keep edges of these types (${eventTypes.join(", ")})
  --actor NAME          keep edges with this actor (any name, alias or id)
  --dict DIR            a folder of your own dictionary files, merged over the built-in ones (repeatable)
  --max-file-bytes N    skip files larger than N bytes (default 67108864, 64 MiB)
  --max-file-seconds N  stop reading one file after N seconds (default 60); the summary lists what was cut
  --workers N|auto      extraction threads (default 1; auto: one per core); the graph is the same for any N
  --neo4j URI           also load the graph into Neo4j (bolt:// or neo4j:// URI; or set NEO4J_URI);
                        credentials from NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (never on the command line)
  --quiet               no summary
  -h, --help            this help`,
  extract: `Usage: diplograph extract <paths...> [options]

Prints one JSON object per edge on stdout (summary and warnings go to stderr).

Options:
  --format jsonl|json   JSON Lines (default) or one JSON array
  --manifest FILE, --published DATE, --from DATE, --to DATE, --type T, --actor NAME, --dict DIR,
  --max-file-bytes N, --max-file-seconds N, --workers N, --quiet: as for build
  -h, --help            this help`,
  candidates: `Usage: diplograph candidates <paths...> [options]

Lists persons that title patterns found (国防部副部长 克里沃鲁奇科, Foreign Minister X) but the dictionary
lacks, with counts and example sentences, and a dictionary entry ready to paste.

Options:
  --format text|json    readable list (default) or a persons dictionary file to save under --dict
  --manifest FILE, --published DATE, --dict DIR: as for build
  -h, --help            this help`,
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseOptions(argv: string[]): CliOptions | { help: string } {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") return { help: HELP.main };
  if (command !== "build" && command !== "extract" && command !== "candidates") {
    throw new DiplographError("USAGE", `unknown command "${command}"\n\n${HELP.main}`);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        manifest: { type: "string" },
        published: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        type: { type: "string", multiple: true },
        actor: { type: "string" },
        dict: { type: "string", multiple: true },
        format: { type: "string" },
        "max-file-bytes": { type: "string" },
        "max-file-seconds": { type: "string" },
        workers: { type: "string" },
        neo4j: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new DiplographError("USAGE", `${(e as Error).message}\n\n${HELP[command]}`);
  }
  const v = parsed.values;
  if (v.help) return { help: HELP[command] };
  if (!parsed.positionals.length) throw new DiplographError("USAGE", `no input paths\n\n${HELP[command]}`);
  for (const [name, value] of [["--published", v.published], ["--from", v.from], ["--to", v.to]] as const) {
    if (value !== undefined && !DATE.test(value)) throw new DiplographError("USAGE", `${name} expects YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  }
  if (v.published && !/^\d{4}-\d{2}-\d{2}$/.test(v.published)) throw new DiplographError("USAGE", `--published expects YYYY-MM-DD, got "${v.published}"`);
  const types = v.type?.flatMap((t) => t.split(",")).map((t) => t.trim().toUpperCase());
  for (const t of types ?? []) {
    if (!(eventTypes as readonly string[]).includes(t)) throw new DiplographError("USAGE", `--type: unknown event type "${t}" (one of ${eventTypes.join(", ")})`);
  }
  const formats = command === "candidates" ? ["text", "json"] : command === "extract" ? ["jsonl", "json"] : ["jsonl"];
  const format = (v.format ?? formats[0]) as CliOptions["format"];
  if (!formats.includes(format)) throw new DiplographError("USAGE", `--format: expected ${formats.join(" or ")}, got "${v.format}"`);
  if (v.neo4j !== undefined && command !== "build") throw new DiplographError("USAGE", `--neo4j is an option of build`);
  if (v.neo4j !== undefined && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(v.neo4j)) {
    throw new DiplographError("USAGE", `--neo4j expects a bolt:// or neo4j:// URI, got "${v.neo4j}"`);
  }
  let maxFileBytes: number | undefined;
  if (v["max-file-bytes"] !== undefined) {
    maxFileBytes = Number(v["max-file-bytes"]);
    if (!Number.isInteger(maxFileBytes) || maxFileBytes <= 0) throw new DiplographError("USAGE", `--max-file-bytes expects a positive integer`);
  }
  let maxFileSeconds: number | undefined;
  if (v["max-file-seconds"] !== undefined) {
    maxFileSeconds = Number(v["max-file-seconds"]);
    if (!(maxFileSeconds > 0)) throw new DiplographError("USAGE", `--max-file-seconds expects a positive number`);
  }
  let workers = 1;
  if (v.workers !== undefined) {
    workers = v.workers === "auto" ? availableParallelism() : Number(v.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new DiplographError("USAGE", `--workers expects a whole number from 1 to 256 or "auto", got "${v.workers}"`);
  }
  return {
    command,
    paths: parsed.positionals,
    outDir: v.out ?? "graph-exports",
    manifest: v.manifest,
    published: v.published,
    from: v.from,
    to: v.to,
    types: types as EventType[] | undefined,
    actor: v.actor,
    dictDirs: v.dict ?? [],
    format,
    maxFileBytes,
    maxFileSeconds,
    workers,
    quiet: v.quiet ?? false,
    neo4jUri: command === "build" ? (v.neo4j ?? process.env.NEO4J_URI) : undefined,
  };
}
