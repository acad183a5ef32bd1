/**
 * Reading an input file whole, when it is small enough: one open descriptor serves both the size
 * check and the read (a stat by path per file cost as much as the read itself at 100k files). A
 * module of its own, without the extraction code, so that the merging thread can read ahead of its
 * workers.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import type { Decoded } from "./decode.js";

/** Text files above this size are read in chunks. */
export const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/** The most a file may be to be read whole: within the run's byte limit and not a large text file. */
export const wholeReadLimit = (maxBytes: number) => Math.min(maxBytes, LARGE_FILE_BYTES);

/**
 * What was read of a file: its bytes when it is at most the limit, else only its size; or, read and
 * decoded ahead by the merging thread, its decoded text (the bytes of an empty file stay bytes).
 */
export type FileRead = { bytes: Buffer } | { size: number } | { decoded: Decoded };

/** The file's bytes when it is at most `limit` long, else its size. */
export function readFileUpTo(file: string, limit: number): FileRead {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > limit) return { size };
    // a size of 0 may be a file that does not know its size (a pipe, a /proc file): read to its end
    if (size === 0) return { bytes: readFileSync(fd) };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    for (let n; read < size && (n = readSync(fd, bytes, read, size - read, null)) > 0; ) read += n;
    return { bytes: read < size ? bytes.subarray(0, read) : bytes };
  } finally {
    closeSync(fd);
  }
}
