"use client";

import { type PortfolioSettings, portfolioThemes } from "@hirefolio/shared";
import { CheckIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useInstantChoice } from "@/lib/use-instant-choice";
import { useUpdateSettings } from "../hooks/use-portfolio-settings";
import { themeDescriptions } from "../themes";
import { ThemePreview } from "./theme-preview";

/** Four themes as radio cards: arrow keys move between them, and a pick is saved at once. Content never changes. */
export function ThemePicker({ settings }: { settings: PortfolioSettings }) {
  const update = useUpdateSettings();
  const [shownTheme, chooseTheme] = useInstantChoice(settings.theme, (theme, callbacks) =>
    update.mutate({ theme }, callbacks),
  );
  return (
    <Card title="Theme" description="Switch as often as you like: your projects and texts stay as they are.">
      <fieldset>
        <legend className="sr-only">Theme</legend>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {portfolioThemes.map((theme) => {
            const checked = shownTheme === theme;
            const { name, description } = themeDescriptions[theme];
            return (
              <label
                key={theme}
                className={cx(
                  "relative cursor-pointer rounded-xl border bg-white p-2.5 transition-shadow has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                  checked ? "border-brand-500 ring-2 ring-brand-500/30" : "border-slate-200 hover:border-slate-300",
                )}
              >
                <input
                  type="radio"
                  name="portfolio-theme"
                  value={theme}
                  checked={checked}
                  onChange={() => chooseTheme(theme)}
                  // Covers the whole card, so a click anywhere on it is a click on the radio.
                  className="absolute inset-0 z-10 cursor-pointer opacity-0"
                  aria-describedby={`theme-${theme}-description`}
                />
                <ThemePreview theme={theme} />
                <span className="mt-2.5 flex items-center justify-between gap-2 text-sm font-semibold text-slate-900">
                  {name}
                  {checked && (
                    <span className="grid size-5 place-items-center rounded-full bg-brand-600 text-white">
                      <CheckIcon className="size-3.5" strokeWidth={3} />
                    </span>
                  )}
                </span>
                <span id={`theme-${theme}-description`} className="mt-0.5 block text-xs text-slate-600">
                  {description}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <FormError className="mt-4" message={update.error ? errorMessage(update.error) : null} />
    </Card>
  );
}
