/**
 * Large plain-text files are read and decoded in blocks, and handed on in chunks that end at a line
 * break, so a 50 MB dump costs memory for one chunk, not for the whole file. The encoding is detected
 * on the first block; decoding goes on with a streaming decoder (iconv-lite, or TextDecoder for UTF-8).
 */
import { closeSync, openSync, readSync } from "node:fs";
import iconv from "iconv-lite";
import { decodeBytes } from "./decode.js";
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
  | { kind: "stream"; encoding: string; chunks: () => Generator<TextChunk> }
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
  return {
    kind: "stream",
    encoding,
    *chunks() {
      const fd = openSync(path, "r");
      const buf = Buffer.alloc(chunkBytes);
      const iconvName = ICONV_NAMES[encoding];
      const decoder = iconvName ? iconv.getDecoder(iconvName) : undefined;
      const utf8 = iconvName ? undefined : new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
      let pending = "";
      let offset = 0;
      let position = 0;
      try {
        for (;;) {
          const read = readSync(fd, buf, 0, buf.length, position);
          position += read;
          const decoded = read === 0 ? (decoder ? decoder.end() ?? "" : utf8!.decode()) : decoder ? decoder.write(buf.subarray(0, read)) : utf8!.decode(buf.subarray(0, read), { stream: true });
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
