"use client";

import type { Testimonial } from "@hirefolio/shared";
import type { ReactNode } from "react";
import { CheckIcon, MailIcon, UsersIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryState } from "@/components/ui/query-state";
import { errorMessage } from "@/lib/api-client";
import { formatDate } from "@/lib/format-date";
import { useDecideTestimonial, useTestimonials } from "../hooks/use-testimonials";
import { TestimonialRequestForm } from "./testimonial-request-form";

const statusBadges: Record<Testimonial["status"], { tone: BadgeTone; label: string }> = {
  requested: { tone: "sky", label: "Waiting for them" },
  submitted: { tone: "amber", label: "Needs your approval" },
  approved: { tone: "success", label: "Shown on your page" },
  hidden: { tone: "neutral", label: "Hidden" },
};

/** The order of the list: what needs a decision first, then what is live, then what waits on others. */
const statusOrder: Testimonial["status"][] = ["submitted", "approved", "requested", "hidden"];

function TestimonialItem({ testimonial }: { testimonial: Testimonial }) {
  const decide = useDecideTestimonial();
  const { id, status } = testimonial;
  const badge = statusBadges[status];
  const act = (decision: "approve" | "hide" | "delete") => decide.mutate({ id, decision });
  const actions: ReactNode =
    status === "requested" ? (
      <Button variant="ghost" size="sm" onClick={() => act("delete")}>
        Withdraw request
      </Button>
    ) : (
      <>
        {status !== "approved" && (
          <Button size="sm" onClick={() => act("approve")}>
            <CheckIcon />
            Approve
          </Button>
        )}
        {status !== "hidden" && (
          <Button variant="secondary" size="sm" onClick={() => act("hide")}>
            Hide
          </Button>
        )}
        {status === "hidden" && (
          <Button variant="ghost" size="sm" onClick={() => act("delete")}>
            Delete
          </Button>
        )}
      </>
    );

  return (
    <li className="space-y-3 px-5 py-4" aria-label={`Testimonial from ${testimonial.authorName}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">
            {testimonial.authorName}
            {testimonial.authorTitle && (
              <span className="font-normal text-slate-600"> · {testimonial.authorTitle}</span>
            )}
          </p>
          <p className="text-sm text-slate-600">{testimonial.relationship}</p>
        </div>
        <Badge tone={badge.tone} dot>
          {badge.label}
        </Badge>
      </div>
      {testimonial.body ? (
        <blockquote className="rounded-lg border-l-4 border-brand-200 bg-slate-50 px-4 py-3 text-sm whitespace-pre-line text-slate-700">
          {testimonial.body}
        </blockquote>
      ) : (
        <p className="flex items-center gap-2 text-sm text-slate-600">
          <MailIcon className="size-4 text-slate-400" />
          Asked {formatDate(testimonial.requestedAt)} at {testimonial.authorEmail}; the link expires{" "}
          {formatDate(testimonial.expiresAt)}.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">{actions}</div>
      <FormError message={decide.error ? errorMessage(decide.error) : null} />
    </li>
  );
}

export function TestimonialsPanel() {
  const testimonials = useTestimonials();
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="lg:order-2">
        <Card title="Testimonials" description="Nothing appears on your page until you approve it." padding="none">
          <QueryState
            query={testimonials}
            loadingLabel="Loading your testimonials…"
            padded
            isEmpty={(items) => items.length === 0}
            empty={
              <EmptyState
                icon={<UsersIcon className="size-6" />}
                title="No testimonials yet"
                description="Ask someone you worked closely with. A specific request (“the payments migration”) gets a specific, credible answer."
              />
            }
          >
            {(items) => (
              <ul className="divide-y divide-slate-100">
                {[...items]
                  .sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status))
                  .map((testimonial) => (
                    <TestimonialItem key={testimonial.id} testimonial={testimonial} />
                  ))}
              </ul>
            )}
          </QueryState>
        </Card>
      </div>
      <div className="lg:order-1">
        <TestimonialRequestForm />
      </div>
    </div>
  );
}
