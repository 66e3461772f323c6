const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

export const formatUsd = (value: number) => usd.format(value);

/** "+$12,300" / "−$4,000" for salary changes. */
export function formatUsdDelta(value: number): string {
  return `${value >= 0 ? "+" : "−"}${usd.format(Math.abs(value))}`;
}

export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;
