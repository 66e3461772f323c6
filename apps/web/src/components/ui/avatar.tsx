import { cx } from "@/lib/class-names";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts.at(-1)![0]] : [parts[0]?.[0]];
  return letters.join("").toUpperCase() || "?";
}

export function Avatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cx(
        "grid size-8 shrink-0 place-items-center rounded-full bg-linear-to-br from-brand-100 to-violet-100 text-xs font-semibold text-brand-800 ring-1 ring-brand-200",
        className,
      )}
    >
      {initials(name)}
    </span>
  );
}
