"use client";

import { type CandidateProfile, updateCandidateProfileSchema } from "@hirefolio/shared";
import { type FormEvent, useMemo, useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/form-field";
import { useToast } from "@/components/ui/toast";
import { ApiError, errorMessage } from "@/lib/api-client";
import { useFormValues } from "@/lib/use-form-values";
import { validate } from "@/lib/validation";
import { useUpdateProfile } from "../hooks/use-profile";
import { browserTimeZone, timeZoneOptions } from "../time-zones";
import { SkillsInput } from "./skills-input";

type ProfileValues = Pick<CandidateProfile, "headline" | "location" | "timezone" | "targetRole" | "skills">;

function valuesFrom(profile: CandidateProfile): ProfileValues {
  const { headline, location, timezone, targetRole, skills } = profile;
  return { headline, location, timezone: timezone || browserTimeZone(), targetRole, skills };
}

export function ProfileForm({ profile }: { profile: CandidateProfile }) {
  const toast = useToast();
  const save = useUpdateProfile();
  const [saved, setSaved] = useState(() => valuesFrom(profile));
  const { values, set, bind, errors, setErrors } = useFormValues(saved);
  const zones = useMemo(() => timeZoneOptions(values.timezone), [values.timezone]);
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(updateCandidateProfileSchema, values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const submitted = values;
    setSaved(submitted);
    save.mutate(result.data, {
      onSuccess: () => toast.show("Saved"),
      onError: (error) => {
        setSaved(valuesFrom(profile));
        if (error instanceof ApiError) setErrors(error.fieldErrors);
      },
    });
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <Card
        title="Profile details"
        description="Employers see this when you apply."
        action={dirty ? <span className="text-xs font-medium text-amber-700">Unsaved changes</span> : undefined}
      >
        <div className="space-y-5">
          <FormError message={save.error ? `Not saved: ${errorMessage(save.error)}` : null} />
          <TextField
            label="Headline"
            placeholder="e.g. Full-stack engineer who loves developer tools"
            maxLength={160}
            {...bind("headline")}
            hint="One line that sums up what you do."
          />
          <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
            <TextField
              label="Target role"
              placeholder="e.g. Senior Frontend Engineer"
              maxLength={120}
              {...bind("targetRole")}
            />
            <TextField
              label="Location"
              placeholder="e.g. Berlin, Germany"
              autoComplete="address-level2"
              maxLength={120}
              {...bind("location")}
            />
          </div>
          <SelectField label="Time zone" {...bind("timezone")} hint="Used to suggest interview times that suit you.">
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </SelectField>
          <SkillsInput skills={values.skills} onChange={(skills) => set("skills", skills)} error={errors.skills} />
        </div>
        <div className="mt-6 flex items-center justify-end gap-3 border-t border-slate-100 pt-5">
          <Button type="submit" disabled={!dirty}>
            Save changes
          </Button>
        </div>
      </Card>
    </form>
  );
}
