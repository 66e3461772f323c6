"use client";

import { createInvitationSchema } from "@hirefolio/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { billingKeys } from "@/features/billing/api";
import { PlanLimitOrError } from "@/features/billing/components/plan-limit-or-error";
import { useSeatUsage } from "@/features/billing/components/seat-usage";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useFormValues } from "@/lib/use-form-values";
import { validate } from "@/lib/validation";
import { employerKeys, inviteMember } from "../api";

type InviteRole = "member" | "admin";

export function InviteMemberForm({ employerId }: { employerId: string }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  // With every seat taken the form waits for more seats; the API refuses an invitation anyway.
  const seats = useSeatUsage(employerId);
  const { values, set, bind, setValues, errors, setErrors } = useFormValues({
    email: "",
    role: "member" as InviteRole,
  });
  const invite = useMutation({
    mutationFn: (input: { email: string; role: InviteRole }) => inviteMember(employerId, input),
    onSuccess: (invitation) => {
      toast.show(`Invitation sent to ${invitation.email}`);
      setValues({ email: "", role: values.role });
      queryClient.invalidateQueries({ queryKey: employerKeys.invitations(employerId) });
      queryClient.invalidateQueries({ queryKey: billingKeys.overview });
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(error.fieldErrors);
      // A refusal for want of seats means the counts shown were stale.
      queryClient.invalidateQueries({ queryKey: billingKeys.overview });
    },
  });

  // Once the seats show as full, the seat card above already says why and how to add more.
  const shownError = seats.full ? null : invite.error;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(createInvitationSchema, { email: values.email.trim(), role: values.role });
    if (!result.ok) setErrors(result.errors);
    else invite.mutate(result.data);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <fieldset disabled={seats.full} className="space-y-4 disabled:opacity-60">
        <PlanLimitOrError
          error={shownError}
          message={shownError && !Object.keys(errors).length ? errorMessage(shownError) : null}
        />
        <TextField
          label="Email address"
          type="email"
          autoComplete="off"
          placeholder="colleague@company.com"
          {...bind("email")}
        />
        <SelectField
          label="Role"
          value={values.role}
          onChange={(event) => set("role", event.target.value as InviteRole)}
          error={errors.role}
          hint={
            values.role === "admin"
              ? "Admins can manage jobs and invite others."
              : "Members can review applicants and interview."
          }
        >
          <option value="member">Member</option>
          <option value="admin">Admin</option>
        </SelectField>
        <Button type="submit" className="w-full" loading={invite.isPending}>
          Send invitation
        </Button>
      </fieldset>
    </form>
  );
}
