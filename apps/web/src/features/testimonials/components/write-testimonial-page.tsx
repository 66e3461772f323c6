"use client";

import { type TestimonialInvitation, testimonialBodyMaxLength } from "@hirefolio/shared";
import { type FormEvent, useState } from "react";
import { CheckIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { LinkPageFallback, PublicShell } from "@/features/scheduling/components/public-page-parts";
import { ApiError } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { useSubmitTestimonial, useTestimonialInvitation } from "../hooks/use-testimonial-invitation";

function Sent({ candidateName }: { candidateName: string }) {
  return (
    <div className="space-y-4 py-4 text-center">
      <div className="mx-auto grid size-12 place-items-center rounded-full bg-emerald-50 text-emerald-600 ring-1 ring-emerald-200">
        <CheckIcon className="size-6" />
      </div>
      <h1 className="text-2xl font-semibold text-slate-900">Thank you</h1>
      <p className="mx-auto max-w-md text-slate-600">
        Your testimonial is on its way to {candidateName}. It appears on their portfolio once they approve it. This link
        has now done its job and won't open the form again.
      </p>
    </div>
  );
}

function CharacterCount({ length }: { length: number }) {
  const left = testimonialBodyMaxLength - length;
  return (
    <span className={cx("text-xs tabular-nums", left < 100 ? "text-amber-700" : "text-slate-500")} aria-live="polite">
      {length.toLocaleString()} / {testimonialBodyMaxLength.toLocaleString()}
    </span>
  );
}

function TestimonialForm({ token, invitation }: { token: string; invitation: TestimonialInvitation }) {
  const submit = useSubmitTestimonial(token);
  const [body, setBody] = useState("");
  const [authorTitle, setAuthorTitle] = useState("");
  const fieldErrors = submit.error instanceof ApiError ? submit.error.fieldErrors : {};
  const firstName = invitation.candidateName.split(" ")[0] ?? invitation.candidateName;

  if (submit.isSuccess) return <Sent candidateName={invitation.candidateName} />;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit.mutate({ body, ...(authorTitle.trim() ? { authorTitle } : {}) });
  }

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-brand-700">Testimonial request</p>
        <h1 className="text-2xl font-semibold text-balance text-slate-900">
          {invitation.candidateName} asked you for a testimonial
        </h1>
        <p className="text-slate-600">
          Hi {invitation.authorName}, you're asked as: <span className="font-medium">{invitation.relationship}</span>.
        </p>
      </header>
      {invitation.message ? (
        <blockquote className="rounded-lg border-l-4 border-brand-300 bg-brand-50/60 px-4 py-3 text-sm text-slate-700">
          <p className="whitespace-pre-line">{invitation.message}</p>
          <footer className="mt-1 text-xs text-slate-500">— {invitation.candidateName}</footer>
        </blockquote>
      ) : null}
      <form onSubmit={onSubmit} className="space-y-5" noValidate>
        <TextAreaField
          label="Your testimonial"
          labelAside={<CharacterCount length={body.length} />}
          hint={`A few sentences about working with ${firstName}: what they did, how, and what it changed. Plain text.`}
          error={fieldErrors.body}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          maxLength={testimonialBodyMaxLength}
          rows={8}
          required
        />
        <TextField
          label="Your title"
          optional
          hint="Shown with your name, e.g. Engineering Manager at Acme"
          error={fieldErrors.authorTitle}
          value={authorTitle}
          onChange={(event) => setAuthorTitle(event.target.value)}
          maxLength={120}
          autoComplete="organization-title"
        />
        <FormError message={submit.error && !fieldErrors.body ? submit.error.message : null} />
        <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-xs text-slate-500">
            {firstName} reviews it before it appears on their public portfolio. The link works once.
          </p>
          <Button type="submit" loading={submit.isPending}>
            Send testimonial
          </Button>
        </div>
      </form>
    </div>
  );
}

/** The colleague's page behind a one-time testimonial link: who asks, a form with a counter, a thank-you. */
export function WriteTestimonialPage({ token }: { token: string }) {
  const invitation = useTestimonialInvitation(token);
  if (invitation.error || !invitation.data) {
    return (
      <LinkPageFallback
        query={invitation}
        gone={{ title: "This link has expired", description: "Ask the person who sent it for a new one." }}
        missing={{
          title: "This link no longer works",
          description:
            "It was already used to send a testimonial, it expired after 30 days, or the request was withdrawn. Ask the person who sent it for a new link if you still want to write one.",
        }}
        loadingLabel="Loading the request…"
      />
    );
  }
  return (
    <PublicShell>
      <TestimonialForm token={token} invitation={invitation.data} />
    </PublicShell>
  );
}
