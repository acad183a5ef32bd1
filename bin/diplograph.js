#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// The heap of a long run holds the growing graph: V8 by default lets it grow to several times what
// is live before collecting, which at 100k articles left about 150 MB of the peak memory garbage.
setFlagsFromString("--heap-growing-percent=20");

const { run } = await import("../dist/cli/main.js");
process.exitCode = await run(process.argv.slice(2));
