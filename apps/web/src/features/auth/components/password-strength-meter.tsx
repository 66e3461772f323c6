import { cx } from "@/lib/class-names";
import { passwordStrength } from "../password-strength";

const barColours = ["bg-slate-200", "bg-rose-500", "bg-amber-500", "bg-brand-500", "bg-emerald-500"];

export function PasswordStrengthMeter({ password }: { password: string }) {
  const { score, label } = passwordStrength(password);
  if (!password) return null;
  return (
    <div className="flex items-center gap-3" aria-live="polite">
      <div className="flex flex-1 gap-1" aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span
            key={step}
            className={cx(
              "h-1 flex-1 rounded-full transition-colors",
              score >= step ? barColours[score] : "bg-slate-200",
            )}
          />
        ))}
      </div>
      <span className="w-20 text-right text-xs font-medium text-slate-600">
        <span className="sr-only">Password strength: </span>
        {label}
      </span>
    </div>
  );
}
