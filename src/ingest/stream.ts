/**
 * Large plain-text files are read and decoded in blocks, and handed on in chunks that end at a line
 * break, so a 50 MB dump costs memory for one chunk, not for the whole file. The encoding is detected
 * on the first block; decoding goes on with a streaming decoder (iconv-lite, or TextDecoder for UTF-8).
 */
import { closeSync, openSync, readSync } from "node:fs";
import iconv from "iconv-lite";
import { decodeBytes, decodeUtf8Lines } from "./decode.js";
import { looksLikeHtml } from "./html.js";

export interface TextChunk {
  text: string;
  /** Offset of the chunk's first character in the whole decoded text. */
  offset: number;
}

const ICONV_NAMES: Record<string, string> = {
  GB18030: "gb18030",
  Big5: "big5",
  "UTF-16LE": "utf-16le",
  "UTF-16LE (BOM)": "utf-16le",
  "UTF-16BE": "utf-16be",
  "UTF-16BE (BOM)": "utf-16be",
};

export type LargeFile =
  | {
      kind: "stream";
      encoding: string;
      /** The decoder the chunks go through (a mix of UTF-8 and GBK lines is read as UTF-8). */
      decodedAs: string;
      chunks: () => Generator<TextChunk>;
      /** What the decoder had to repair or read otherwise so far, for the summary's warnings. */
      damage: () => string[];
    }
  | { kind: "whole" }
  | { kind: "unreadable"; reason: string };

/** Looks at the first block: plain text is streamed, HTML is read whole, binary is refused. */
export function openLargeText(path: string, chunkBytes = 1 << 20): LargeFile {
  const fd = openSync(path, "r");
  const head = Buffer.alloc(64 * 1024);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  // cut the sample at a line break so a multi-byte character is not split
  let cut = n;
  const nl = head.subarray(0, n).lastIndexOf(0x0a);
  if (nl > n / 2) cut = nl + 1;
  const sample = decodeBytes(head.subarray(0, cut));
  if (!sample.ok) return { kind: "unreadable", reason: sample.reason };
  if (looksLikeHtml(sample.text)) return { kind: "whole" };
  const encoding = sample.encoding;
  const iconvName = ICONV_NAMES[encoding];
  let replaced = 0;
  const legacy: Record<string, number> = {};
  return {
    kind: "stream",
    encoding,
    decodedAs: iconvName ? encoding : "UTF-8",
    damage: () => [
      ...Object.entries(legacy).map(([enc, n]) => `mixed encodings: ${n} line(s) read as ${enc}, the rest as UTF-8`),
      ...(replaced ? [`${replaced} undecodable byte sequence(s) replaced by U+FFFD (read in chunks as ${iconvName ? encoding : "UTF-8"})`] : []),
    ],
    *chunks() {
      const fd = openSync(path, "r");
      const buf = Buffer.alloc(chunkBytes);
      const decoder = iconvName ? iconv.getDecoder(iconvName) : undefined;
      // UTF-8 is decoded by whole lines (a GBK or Big5 line among them is read as such); carry holds a line's start
      let carry: Uint8Array = new Uint8Array(0);
      const utf8Lines = (bytes: Uint8Array) => {
        const d = decodeUtf8Lines(bytes);
        replaced += d.replaced;
        for (const [enc, n] of Object.entries(d.legacy)) legacy[enc] = (legacy[enc] ?? 0) + n;
        return d.text;
      };
      let pending = "";
      let offset = 0;
      let position = 0;
      try {
        for (;;) {
          const read = readSync(fd, buf, 0, buf.length, position);
          position += read;
          let decoded: string;
          if (decoder) {
            decoded = read === 0 ? decoder.end() ?? "" : decoder.write(buf.subarray(0, read));
            for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) === 0xfffd) replaced++;
          } else {
            const bytes = carry.length ? Buffer.concat([carry, buf.subarray(0, read)]) : buf.subarray(0, read);
            const end = read === 0 ? bytes.length : bytes.lastIndexOf(0x0a) + 1;
            decoded = utf8Lines(bytes.subarray(0, end));
            carry = Uint8Array.from(bytes.subarray(end));
            if (position === read && decoded.charCodeAt(0) === 0xfeff) decoded = decoded.slice(1);
          }
          pending += decoded;
          const last = read === 0 ? pending.length : pending.lastIndexOf("\n") + 1;
          if (last > 0) {
            const text = pending.slice(0, last);
            pending = pending.slice(last);
            yield { text, offset };
            offset += text.length;
          }
          if (read === 0) break;
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}
