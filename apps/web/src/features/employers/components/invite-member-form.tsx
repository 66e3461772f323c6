"use client";

import { createInvitationSchema } from "@hirefolio/shared";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useFormValues } from "@/lib/use-form-values";
import { validate } from "@/lib/validation";
import { employerKeys, inviteMember } from "../api";

type InviteRole = "member" | "admin";

export function InviteMemberForm({ employerId }: { employerId: string }) {
  const queryClient = useQueryClient();
  const toast = useToast();
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
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(error.fieldErrors);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(createInvitationSchema, { email: values.email.trim(), role: values.role });
    if (!result.ok) setErrors(result.errors);
    else invite.mutate(result.data);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <FormError message={invite.error && !Object.keys(errors).length ? errorMessage(invite.error) : null} />
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
    </form>
  );
}
