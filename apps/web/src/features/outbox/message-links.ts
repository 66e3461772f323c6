/** Every distinct http(s) URL in a plain-text email, so verification and reset links are one click away. */
export function messageLinks(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  return [...new Set(found.map((url) => url.replace(/[.,;:!?]+$/, "")))];
}

/**
 * Wraps an email's HTML for a sandboxed iframe: links open in a new tab, since the sandbox forbids
 * navigating the iframe's parent.
 */
export function framedHtml(html: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><base target="_blank"><style>body{font-family:system-ui,sans-serif;margin:16px;color:#0f172a}</style></head><body>${html}</body></html>`;
}
