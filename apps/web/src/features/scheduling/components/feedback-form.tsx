"use client";

import type { Interview } from "@hirefolio/shared";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { useToast } from "@/components/ui/toast";
import { type Recommendation, useGiveFeedback } from "../hooks/use-interviews";
import { ProblemDetails } from "./problem-details";

const recommendations = [
  { value: "strong-no", label: "Strong no" },
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
  { value: "strong-yes", label: "Strong yes" },
] as const;

/** One verdict per interviewer once the interview is over; saving again replaces it. */
export function FeedbackForm({ interview }: { interview: Interview }) {
  const toast = useToast();
  const feedback = useGiveFeedback();
  const [recommendation, setRecommendation] = useState<Recommendation>("yes");
  const [notes, setNotes] = useState("");
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        feedback.mutate({ interview, recommendation, notes }, { onSuccess: () => toast.show("Feedback saved") });
      }}
    >
      <SegmentedControl
        label="Recommendation"
        options={recommendations}
        value={recommendation}
        onChange={setRecommendation}
      />
      <TextAreaField
        label="Notes"
        optional
        value={notes}
        maxLength={5000}
        onChange={(event) => setNotes(event.target.value)}
      />
      <Button type="submit" loading={feedback.isPending}>
        Save feedback
      </Button>
      <ProblemDetails error={feedback.error} />
    </form>
  );
}
