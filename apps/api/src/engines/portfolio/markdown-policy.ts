import MarkdownIt from "markdown-it";

/** Schemes a visitor's click may lead to; `javascript:`, `data:` and `vbscript:` links are dropped. */
const allowedLinkSchemes = /^(https?:|mailto:)/i;

/**
 * Candidates write Markdown that strangers read, so it renders with no raw HTML (escaped as text), no images (media
 * go through uploads, which are sniffed and re-encoded) and only http(s)/mailto links, each with
 * `rel="nofollow noopener"` so a portfolio cannot lend search rank or reach back into its opener.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
markdown.disable(["image"]);
markdown.validateLink = (url) => allowedLinkSchemes.test(url.trim());

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
markdown.renderer.rules.link_open = (tokens, i, options, env, self) => {
  const token = tokens[i];
  token?.attrSet("rel", "nofollow noopener");
  token?.attrSet("target", "_blank");
  return defaultLinkOpen(tokens, i, options, env, self);
};

export function renderMarkdown(source: string): string {
  return source.trim() === "" ? "" : markdown.render(source);
}
