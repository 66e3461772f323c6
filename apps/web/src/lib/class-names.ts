/** Joins the truthy class names; Tailwind utilities are written so later ones don't need to override earlier ones. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
