/** RFC 5545 text rules shared by the reader and the writers. */

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (§3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Reverses escapeText; an unknown escape keeps the escaped character. */
export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/**
 * A parameter value (CN="Doe, Jane"): quoted when it holds ":", ";" or ","; a double quote cannot be escaped in
 * a parameter, so it becomes a single one, and line breaks become spaces.
 */
export function paramValue(text: string): string {
  const clean = text.replace(/"/g, "'").replace(/[\r\n]+/g, " ");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per physical line (§3.1): continuation lines start with one space.
 * Splits fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Joins content lines into an iCalendar text: folded, CRLF line ends, a final CRLF. */
export function joinContentLines(lines: string[]): string {
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
