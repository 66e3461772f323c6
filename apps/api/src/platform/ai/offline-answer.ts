import type { JSONValue, LanguageModelV3ToolResultPart } from "@ai-sdk/provider";

/**
 * Plain-language answers written only from tool results: every line restates a value that is in a
 * result, so the offline engine cannot state anything the tools did not compute.
 */
export function answerFromToolResults(results: LanguageModelV3ToolResultPart[]): string {
  if (results.length === 1 && results[0]) return describeResult(results[0]);
  return results.map((result) => `${humanise(result.toolName)}:\n${describeResult(result)}`).join("\n\n");
}

function describeResult({ toolName, output }: LanguageModelV3ToolResultPart): string {
  switch (output.type) {
    case "text":
      return output.value;
    case "json":
      return describeJson(output.value);
    case "error-text":
      return `The ${toolName} tool failed: ${output.value}`;
    case "error-json":
      return `The ${toolName} tool failed:\n${describeJson(output.value)}`;
    case "execution-denied":
      return `The ${toolName} tool was not run${output.reason ? `: ${output.reason}` : "."}`;
    case "content":
      return output.value.flatMap((part) => (part.type === "text" ? [part.text] : [])).join("\n");
  }
}

function describeJson(value: JSONValue | undefined): string {
  if (value === null || value === undefined) return "No result.";
  if (Array.isArray(value)) return value.length ? bulletLines(value).join("\n") : "No results.";
  if (typeof value === "object") return objectLines(value, "").join("\n");
  return formatPrimitive(value);
}

function objectLines(object: { [key: string]: JSONValue | undefined }, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    const label = `${indent}${humanise(key)}`;
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${label}: none`);
      else lines.push(`${label}:`, ...bulletLines(value).map((line) => `${indent}${line}`));
    } else if (value !== null && typeof value === "object") {
      lines.push(`${label}:`, ...objectLines(value, `${indent}  `));
    } else {
      lines.push(`${label}: ${formatPrimitive(value)}`);
    }
  }
  return lines;
}

/** An object in a list is shown by its name or title, with its other plain fields in brackets. */
function bulletLines(items: JSONValue[]): string[] {
  return items.map((item) => {
    if (Array.isArray(item)) return `- ${item.map(inlineValue).join(", ")}`;
    if (item === null || typeof item !== "object") return `- ${formatPrimitive(item)}`;
    const heading = [item.name, item.title].find((v) => typeof v === "string");
    const details = Object.entries(item)
      .filter(([key, v]) => isPrimitive(v) && !(heading !== undefined && (key === "name" || key === "title")))
      .map(([key, v]) => `${humanise(key).toLowerCase()}: ${inlineValue(v ?? null)}`);
    if (heading === undefined) return `- ${details.join(", ")}`;
    return details.length ? `- ${heading} (${details.join(", ")})` : `- ${heading}`;
  });
}

function inlineValue(value: JSONValue): string {
  return isPrimitive(value) ? formatPrimitive(value) : JSON.stringify(value);
}

function isPrimitive(value: JSONValue | undefined): value is string | number | boolean | null {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function formatPrimitive(value: string | number | boolean | null): string {
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** `matchScore` and `match_score` both read as "Match score"; acronyms such as ATS stay upper case. */
export function humanise(name: string): string {
  const words = name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => (/^\p{Lu}{2,}$/u.test(word) ? word : word.toLowerCase()))
    .join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
