import type { PortfolioTheme } from "@hirefolio/shared";

/** How each theme is described in the picker; the public page draws the themes themselves. */
export const themeDescriptions: Record<PortfolioTheme, { name: string; description: string }> = {
  minimal: { name: "Minimal", description: "Quiet type on white; your words do the work." },
  developer: { name: "Developer", description: "Dark, monospaced, code snippets up front." },
  designer: { name: "Designer", description: "Big visuals and bold colour for your media." },
  executive: { name: "Executive", description: "Navy and serif: formal, results first." },
};
