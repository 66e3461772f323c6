/** A template id as words: "software-engineering" → "Software engineering". */
export function templateName(templateId: string): string {
  const name = templateId.replace(/-/g, " ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}
