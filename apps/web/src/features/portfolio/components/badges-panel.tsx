"use client";

import type { Badge, Verification } from "@hirefolio/shared";
import { useEffect, useState } from "react";
import { AlertCircleIcon, CheckIcon, ExternalLinkIcon, RefreshIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { QueryState } from "@/components/ui/query-state";
import { errorMessage } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { formatDate } from "@/lib/format-date";
import { useBadges, useVerifyBadge } from "../hooks/use-badges";

const checkNames = {
  signature: "Signature",
  issuer: "Issuer",
  expiry: "Validity dates",
  revocation: "Not revoked",
  subject: "Issued to you",
} as const;

function VerificationResult({ result }: { result: Verification }) {
  return (
    <div className="space-y-3">
      <p
        className={cx(
          "flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium",
          result.valid ? "bg-emerald-50 text-emerald-800" : "bg-rose-50 text-rose-800",
        )}
      >
        {result.valid ? <CheckIcon className="size-4" /> : <AlertCircleIcon className="size-4" />}
        {result.valid ? "Valid: signed by Hirefolio and unchanged." : "Not valid."}
      </p>
      <ul className="space-y-2">
        {result.checks.map((check) => (
          <li key={check.check} className="flex gap-2 text-sm">
            <span className={cx("mt-0.5", check.passed ? "text-emerald-600" : "text-rose-600")}>
              {check.passed ? <CheckIcon className="size-4" /> : <AlertCircleIcon className="size-4" />}
            </span>
            <span>
              <span className="font-medium text-slate-900">{checkNames[check.check]}</span>
              <span className="block text-slate-600">{check.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function VerifyBody({ badge }: { badge: Badge }) {
  const verify = useVerifyBadge();
  const { mutate } = verify;
  useEffect(() => {
    mutate(badge);
  }, [badge, mutate]);
  return (
    <>
      {verify.isPending && <p className="text-sm text-slate-600">Checking the signature…</p>}
      {verify.data && <VerificationResult result={verify.data} />}
      <FormError message={verify.error ? errorMessage(verify.error) : null} />
    </>
  );
}

/** Verifies the credential through the same public endpoint an employer's tool would use. */
function VerifyDialog({ badge, onClose }: { badge: Badge | null; onClose: () => void }) {
  return (
    <Dialog
      open={badge !== null}
      onClose={onClose}
      title={`Verify “${badge?.name ?? ""}”`}
      description="The Open Badges 3.0 credential checked with the issuer's public key, as anyone can."
    >
      {badge && <VerifyBody key={badge.id} badge={badge} />}
    </Dialog>
  );
}

function BadgeCard({ badge, onVerify }: { badge: Badge; onVerify?: () => void }) {
  const percent = Math.round((Math.min(badge.progress.current, badge.progress.target) / badge.progress.target) * 100);
  return (
    <li
      className={cx(
        "flex gap-4 rounded-xl border p-4",
        badge.earned ? "border-slate-200 bg-white shadow-card" : "border-dashed border-slate-300 bg-slate-50/60",
      )}
    >
      {/* biome-ignore lint/performance/noImgElement: a small static SVG; no optimisation to gain */}
      <img
        src={new URL(badge.image).pathname}
        alt=""
        width={56}
        height={56}
        className={cx("size-14 shrink-0", !badge.earned && "opacity-40 grayscale")}
      />
      <div className="min-w-0 flex-1 space-y-1.5">
        <h3 className="font-semibold text-slate-900">{badge.name}</h3>
        <p className="text-sm text-slate-600">{badge.description}</p>
        {badge.earned ? (
          <>
            {badge.awardedAt && <p className="text-xs text-slate-500">Earned {formatDate(badge.awardedAt)}</p>}
            <div className="flex flex-wrap gap-x-4 gap-y-1 pt-1">
              {badge.credentialUrl && (
                <a
                  href={badge.credentialUrl}
                  target="_blank"
                  rel="noreferrer"
                  className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
                >
                  <ExternalLinkIcon className="size-3.5" />
                  View credential
                  <span className="sr-only">for {badge.name}</span>
                </a>
              )}
              <button
                type="button"
                onClick={onVerify}
                className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
              >
                <CheckIcon className="size-3.5" />
                Verify
                <span className="sr-only">{badge.name}</span>
              </button>
            </div>
          </>
        ) : (
          <div className="space-y-1 pt-1">
            <div
              role="progressbar"
              aria-label={`Progress towards ${badge.name}`}
              aria-valuemin={0}
              aria-valuemax={badge.progress.target}
              aria-valuenow={Math.min(badge.progress.current, badge.progress.target)}
              aria-valuetext={badge.progress.hint}
              className="h-1.5 overflow-hidden rounded-full bg-slate-200"
            >
              <div className="h-full rounded-full bg-brand-500" style={{ width: `${percent}%` }} />
            </div>
            <p className="text-xs text-slate-600">{badge.progress.hint}</p>
          </div>
        )}
      </div>
    </li>
  );
}

export function BadgesPanel() {
  const { query, evaluate } = useBadges();
  const [verifying, setVerifying] = useState<Badge | null>(null);
  return (
    <QueryState query={query} loadingLabel="Loading your badges…">
      {(badges) => {
        const earned = badges.filter((badge) => badge.earned);
        const open = badges.filter((badge) => !badge.earned);
        return (
          <div className="space-y-6">
            <Card
              title={`Earned (${earned.length} of ${badges.length})`}
              description="Each one is a signed Open Badges 3.0 credential employers can check, and it shows on your page."
              action={
                <Button variant="secondary" size="sm" loading={evaluate.isPending} onClick={() => evaluate.mutate()}>
                  <RefreshIcon />
                  Check for new badges
                </Button>
              }
            >
              {earned.length === 0 ? (
                <p className="text-sm text-slate-600">
                  None yet. Badges come from what you do here: apply for a job, complete your profile, record your
                  video. The list below says what is left for each.
                </p>
              ) : (
                <ul aria-label="Earned badges" className="grid gap-3 md:grid-cols-2">
                  {earned.map((badge) => (
                    <BadgeCard key={badge.id} badge={badge} onVerify={() => setVerifying(badge)} />
                  ))}
                </ul>
              )}
              <FormError className="mt-3" message={evaluate.error ? errorMessage(evaluate.error) : null} />
            </Card>
            {open.length > 0 && (
              <Card title="Still to earn">
                <ul aria-label="Badges still to earn" className="grid gap-3 md:grid-cols-2">
                  {open.map((badge) => (
                    <BadgeCard key={badge.id} badge={badge} />
                  ))}
                </ul>
              </Card>
            )}
            <VerifyDialog badge={verifying} onClose={() => setVerifying(null)} />
          </div>
        );
      }}
    </QueryState>
  );
}
