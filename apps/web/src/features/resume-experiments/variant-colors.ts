/** One colour per variant label, used by its card, chart row and chart line alike. */
export const variantColors: Record<string, { fill: string; text: string; ring: string; swatch: string }> = {
  A: { fill: "#64748b", text: "text-slate-700", ring: "ring-slate-300", swatch: "bg-slate-500" },
  B: { fill: "#4f46e5", text: "text-indigo-700", ring: "ring-indigo-300", swatch: "bg-indigo-600" },
  C: { fill: "#d97706", text: "text-amber-700", ring: "ring-amber-300", swatch: "bg-amber-600" },
  D: { fill: "#0891b2", text: "text-cyan-700", ring: "ring-cyan-300", swatch: "bg-cyan-600" },
};

export const colorOf = (label: string) => variantColors[label] ?? (variantColors.A as (typeof variantColors)[string]);

export const percent = (value: number, digits = 0) => `${(value * 100).toFixed(digits)}%`;
