import { inflateRawSync } from "node:zlib";

/**
 * The named file of a ZIP archive (DOCX is one); stored and deflated entries, which is all Office writes. Throws on
 * a damaged archive, and on an entry that inflates past `maxBytes`.
 */
export function readZipEntry(zip: Buffer, name: string, maxBytes?: number): Buffer | undefined {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error("not a ZIP archive");
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error("corrupt ZIP central directory");
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const entryName = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) {
      if (maxBytes && data.length > maxBytes) throw new RangeError(`${name} is larger than ${maxBytes} bytes`);
      return data;
    }
    // maxOutputLength stops a zip bomb: inflating past it throws instead of filling memory.
    if (method === 8) return inflateRawSync(data, maxBytes ? { maxOutputLength: maxBytes } : {});
    throw new Error(`unsupported ZIP compression method ${method}`);
  }
  return undefined;
}

/** XML's five named entities; numeric references are decoded by code point. */
const entities: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(text: string) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return entities[entity] ?? whole;
  });
}
