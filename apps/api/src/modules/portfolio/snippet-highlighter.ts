import { snippetLanguages } from "@hirefolio/shared";
import { createHighlighter, type Highlighter } from "shiki";
import { highlightLinesTransformer } from "../../engines/portfolio/snippet-lines";

const themes = { light: "github-light", dark: "github-dark" } as const;

/**
 * One highlighter per process with every allowed language and both themes: creating it takes seconds (grammars and
 * the regex engine), so it is started once at warm-up and shared, never built per request.
 */
let highlighter: Promise<Highlighter> | undefined;

export function loadHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ langs: [...snippetLanguages], themes: Object.values(themes) });
  return highlighter;
}

/** The snippet as Shiki HTML: both themes as CSS variables, chosen lines carrying the `highlighted` class. */
export async function highlightSnippet(code: string, language: string, lines: readonly number[]): Promise<string> {
  const shiki = await loadHighlighter();
  return shiki.codeToHtml(code, { lang: language, themes, transformers: [highlightLinesTransformer(lines)] });
}
