import type { PublicPortfolio } from "@hirefolio/shared";
import { CopyButton } from "./copy-button";

type PublicSnippet = PublicPortfolio["snippets"][number];

/** A highlighted snippet: the API's Shiki HTML (generated from the code server-side, never from user HTML). */
export function SnippetBlock({ snippet }: { snippet: PublicSnippet }) {
  return (
    <figure className="overflow-hidden rounded-(--pf-radius) border border-(--pf-border) bg-(--pf-surface)">
      <figcaption className="flex items-center justify-between gap-3 border-b border-(--pf-border) px-4 py-2">
        <span className="truncate text-sm font-medium">{snippet.title || "Snippet"}</span>
        <span className="flex shrink-0 items-center gap-3">
          <span className="pf-label text-xs text-(--pf-muted)">{snippet.language}</span>
          <CopyButton
            text={snippet.code}
            label="Copy"
            className="pf-label rounded-md border border-(--pf-border) px-2 py-0.5 text-xs text-(--pf-text) hover:border-(--pf-accent)"
          />
        </span>
      </figcaption>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Shiki output rendered by our API from plain code */}
      <div dangerouslySetInnerHTML={{ __html: snippet.html }} />
    </figure>
  );
}
