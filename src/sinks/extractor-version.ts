/** The version stamp a load records: diplograph's own (package.json) and the dictionary's. */
import { readFileSync } from "node:fs";

let packageVersion: string | undefined;

export function extractorVersion(dictionaryVersion: string): string {
  // src/sinks and dist/sinks both sit two levels below package.json
  packageVersion ??= (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
  return `diplograph ${packageVersion}, dictionary ${dictionaryVersion}`;
}
