"use client";

import type { PortfolioSettings, PortfolioVisibility } from "@hirefolio/shared";
import { useState } from "react";
import { ExternalLinkIcon, GlobeIcon, RefreshIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useInstantChoice } from "@/lib/use-instant-choice";
import { usePageAddress } from "../hooks/use-page-address";
import { useRegenerateLink, useUpdateSettings } from "../hooks/use-portfolio-settings";

const options: { value: PortfolioVisibility; label: string; description: string }[] = [
  { value: "public", label: "Public", description: "Anyone with the address can see it." },
  { value: "unlisted", label: "Unlisted", description: "Only people you send the secret link to." },
  { value: "private", label: "Private", description: "Only you. Nobody else can open it." },
];

function RegenerateLinkDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const regenerate = useRegenerateLink();
  const toast = useToast();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Make a new secret link?"
      description="Anyone you sent the current link to won't be able to open your page any more."
    >
      <FormError message={regenerate.error ? errorMessage(regenerate.error) : null} className="mb-4" />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Keep the current link
        </Button>
        <Button
          loading={regenerate.isPending}
          onClick={() =>
            regenerate.mutate(undefined, {
              onSuccess: () => {
                toast.show("New link ready; the old one no longer works.");
                onClose();
              },
            })
          }
        >
          Make a new link
        </Button>
      </div>
    </Dialog>
  );
}

/** Who can open the page, and its address to share. */
export function VisibilityCard({ settings }: { settings: PortfolioSettings }) {
  const update = useUpdateSettings();
  const [shownVisibility, chooseVisibility] = useInstantChoice(settings.visibility, (visibility, callbacks) =>
    update.mutate({ visibility }, callbacks),
  );
  const [confirmRegenerate, setConfirmRegenerate] = useState(false);
  const address = usePageAddress(settings.publicPath);
  const shareable = settings.visibility !== "private";

  return (
    <Card title="Who can see your page" description="Change it at any time; nothing on the page is lost.">
      <fieldset>
        <legend className="sr-only">Visibility</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {options.map((option) => {
            const checked = shownVisibility === option.value;
            return (
              <label
                key={option.value}
                className={cx(
                  "flex cursor-pointer gap-3 rounded-lg border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                  checked
                    ? "border-brand-500 bg-brand-50/60 ring-1 ring-brand-500"
                    : "border-slate-200 hover:bg-slate-50",
                )}
              >
                <input
                  type="radio"
                  name="portfolio-visibility"
                  value={option.value}
                  checked={checked}
                  onChange={() => chooseVisibility(option.value)}
                  className="mt-0.5 size-4 accent-brand-600"
                />
                <span>
                  <span className="block text-sm font-semibold text-slate-900">{option.label}</span>
                  <span className="block text-xs text-slate-600">{option.description}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <FormError className="mt-4" message={update.error ? errorMessage(update.error) : null} />

      <div className="mt-5 space-y-2 border-t border-slate-100 pt-5">
        {shareable ? (
          <>
            <p className="text-sm font-medium text-slate-800">
              {settings.visibility === "unlisted" ? "Secret link" : "Your page"}
            </p>
            <CopyField value={address} label={settings.visibility === "unlisted" ? "Secret link" : "Page address"}>
              <ButtonLink href={settings.publicPath} target="_blank" variant="secondary" size="sm">
                <ExternalLinkIcon />
                View page
              </ButtonLink>
            </CopyField>
            {settings.visibility === "unlisted" && (
              <div className="flex flex-wrap items-center justify-between gap-2 pt-1">
                <p className="text-xs text-slate-600">Search engines and visitors without the link see nothing.</p>
                <Button variant="ghost" size="sm" onClick={() => setConfirmRegenerate(true)}>
                  <RefreshIcon />
                  Regenerate link
                </Button>
              </div>
            )}
          </>
        ) : (
          <p className="flex items-start gap-2 text-sm text-slate-600">
            <GlobeIcon className="mt-0.5 size-4 shrink-0 text-slate-400" />
            Your page is hidden. Choose Public or Unlisted when you are ready to share it.
          </p>
        )}
      </div>
      <RegenerateLinkDialog open={confirmRegenerate} onClose={() => setConfirmRegenerate(false)} />
    </Card>
  );
}
