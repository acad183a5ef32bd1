/** Finds article files under the given paths: recursive, hidden files skipped, symlink loops cut. */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, join } from "node:path";

export interface Discovered {
  files: string[];
  /** Folders read in full (a manifest there should match their files). */
  folders: string[];
  problems: { file: string; message: string }[];
}

export const ARTICLE_EXTENSIONS = /\.(txt|html?|md|markdown|xhtml)$/i;

export function discoverFiles(paths: string[]): Discovered {
  const files: string[] = [];
  const folders: string[] = [];
  const problems: Discovered["problems"] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  const visit = (path: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      problems.push({ file: path, message: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        real = path;
      }
      if (seenDirs.has(real)) {
        if (!explicit) problems.push({ file: path, message: "symlink loop or repeated folder; skipped" });
        return;
      }
      seenDirs.add(real);
      folders.push(path);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (e) {
        problems.push({ file: path, message: `cannot list folder (${(e as NodeJS.ErrnoException).code})` });
        return;
      }
      for (const name of names) {
        if (name.startsWith(".") || name === "node_modules") continue;
        const child = join(path, name);
        let cst;
        try {
          cst = statSync(child);
        } catch (e) {
          problems.push({ file: child, message: `cannot read (${(e as NodeJS.ErrnoException).code ?? "broken link"})` });
          continue;
        }
        if (cst.isDirectory()) visit(child, false);
        else if (ARTICLE_EXTENSIONS.test(name) && !/^manifest\.json$/i.test(name)) visit(child, false);
      }
    } else if (st.isFile()) {
      let real = path;
      try {
        real = realpathSync(path);
      } catch {
        /* keep path */
      }
      if (seenFiles.has(real)) return;
      seenFiles.add(real);
      if (explicit || ARTICLE_EXTENSIONS.test(basename(path))) files.push(path);
    } else {
      problems.push({ file: path, message: "not a regular file; skipped" });
    }
  };
  for (const p of paths) visit(p, true);
  return { files, folders, problems };
}
