/** The portfolio editor's tabs, in order; `?tab=` picks one (a plain module so the server page can read it too). */
export const builderTabs = ["page", "projects", "samples", "testimonials", "badges"] as const;
export type BuilderTab = (typeof builderTabs)[number];

export const isBuilderTab = (value: string | undefined): value is BuilderTab =>
  builderTabs.includes(value as BuilderTab);
