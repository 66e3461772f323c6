function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      maximumFractionDigits: compact ? 1 : 0,
      notation: compact ? "compact" : "standard",
    });
  } catch {
    // An unknown currency code: show the number and the code rather than failing the page.
    return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0, notation: compact ? "compact" : "standard" });
  }
}

function withCode(text: string, currency: string, formatted: Intl.NumberFormat): string {
  return formatted.resolvedOptions().currency ? text : `${text} ${currency}`;
}

/**
 * "$120,000 – $150,000", "From $90K", "Up to €60,000" or null when no salary is given.
 * `compact` shortens amounts for cards and tables.
 */
export function formatSalary(
  min: number | null,
  max: number | null,
  currency: string,
  { compact = false }: { compact?: boolean } = {},
): string | null {
  const format = formatter(currency, compact);
  const amount = (value: number) => format.format(value);
  let text: string;
  if (min != null && max != null) text = min === max ? amount(min) : `${amount(min)} – ${amount(max)}`;
  else if (min != null) text = `From ${amount(min)}`;
  else if (max != null) text = `Up to ${amount(max)}`;
  else return null;
  return withCode(text, currency, format);
}
