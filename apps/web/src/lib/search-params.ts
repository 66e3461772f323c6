/** A page's search param as one string: the first value when repeated, undefined when absent. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The `searchParams` prop Next.js passes to a page. */
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;
