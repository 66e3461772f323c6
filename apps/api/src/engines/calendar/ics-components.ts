import { IcsParseError } from "./ics-error";

export interface ContentLine {
  name: string;
  params: Map<string, string>;
  value: string;
  /** 1-based line where the (unfolded) content line starts. */
  line: number;
}

export interface IcsComponent {
  name: string;
  properties: ContentLine[];
  components: IcsComponent[];
  line: number;
  /** All unfolded lines of the text and this component's BEGIN and END indexes in them. */
  source: string[];
  from: number;
  to: number;
}

/** A component's own text, BEGIN to END (used to hand a VTIMEZONE to ical.js). */
export function componentText(component: IcsComponent): string {
  return component.source.slice(component.from, component.to + 1).join("\r\n");
}

/** Unfolds physical lines (a line starting with a space or tab continues the previous one), keeping line numbers. */
function unfold(text: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  text.split(/\r\n|\n|\r/).forEach((physical, i) => {
    const last = lines.at(-1);
    if ((physical.startsWith(" ") || physical.startsWith("\t")) && last) last.text += physical.slice(1);
    else if (physical.length > 0) lines.push({ text: physical, line: i + 1 });
  });
  return lines;
}

/** Splits `NAME;P1=a;P2="b:c":value` into its parts; quoted parameter values may hold ":", ";" and ",". */
function parseContentLine(text: string, line: number): ContentLine {
  const params = new Map<string, string>();
  const nameEnd = text.search(/[;:]/);
  if (nameEnd <= 0) throw new IcsParseError("malformed", `"${text.slice(0, 40)}" is not a NAME:value line`, line);
  const name = text.slice(0, nameEnd).toUpperCase();
  let at = nameEnd;
  while (text[at] === ";") {
    const equals = text.indexOf("=", at);
    if (equals < 0) throw new IcsParseError("malformed", `parameter without "=" in ${name}`, line);
    const key = text.slice(at + 1, equals).toUpperCase();
    let value = "";
    at = equals + 1;
    // A parameter may list several values (MEMBER="a","b"); they are kept comma-joined.
    for (;;) {
      if (text[at] === '"') {
        const close = text.indexOf('"', at + 1);
        if (close < 0) throw new IcsParseError("malformed", `unclosed quote in ${name}`, line);
        value += text.slice(at + 1, close);
        at = close + 1;
      } else {
        const end = text.slice(at).search(/[;:,]/);
        if (end < 0) throw new IcsParseError("malformed", `${name} has no ":" before its value`, line);
        value += text.slice(at, at + end);
        at += end;
      }
      if (text[at] !== ",") break;
      value += ",";
      at++;
    }
    params.set(key, value);
  }
  if (text[at] !== ":") throw new IcsParseError("malformed", `${name} has no ":" before its value`, line);
  return { name, params, value: text.slice(at + 1), line };
}

/** Parses an iCalendar text into its component tree; throws IcsParseError with the line of the first problem. */
export function parseComponents(text: string): IcsComponent[] {
  const roots: IcsComponent[] = [];
  const open: IcsComponent[] = [];
  const lines = unfold(text.replace(/^\uFEFF/, ""));
  const source = lines.map((l) => l.text);
  for (const [index, { text: raw, line }] of lines.entries()) {
    const content = parseContentLine(raw, line);
    const current = open.at(-1);
    if (content.name === "BEGIN") {
      const name = content.value.toUpperCase();
      const component: IcsComponent = { name, properties: [], components: [], line, source, from: index, to: index };
      (current ? current.components : roots).push(component);
      open.push(component);
    } else if (content.name === "END") {
      if (!current || current.name !== content.value.toUpperCase()) {
        throw new IcsParseError(
          "malformed",
          `END:${content.value} does not close ${current ? `BEGIN:${current.name}` : "anything"}`,
          line,
        );
      }
      current.to = index;
      open.pop();
    } else if (current) {
      current.properties.push(content);
    } else {
      throw new IcsParseError("malformed", `${content.name} outside BEGIN:VCALENDAR`, line);
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) throw new IcsParseError("malformed", `BEGIN:${unclosed.name} is never closed`, unclosed.line);
  if (!roots.some((r) => r.name === "VCALENDAR")) throw new IcsParseError("malformed", "no BEGIN:VCALENDAR", 1);
  return roots;
}

export function property(component: IcsComponent, name: string): ContentLine | undefined {
  return component.properties.find((p) => p.name === name);
}

export function properties(component: IcsComponent, name: string): ContentLine[] {
  return component.properties.filter((p) => p.name === name);
}
