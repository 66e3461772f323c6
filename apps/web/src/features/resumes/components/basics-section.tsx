import { EditorSection } from "./editor-section";
import { ResumeField } from "./resume-field";

export function BasicsSection() {
  return (
    <EditorSection path="basics" title="Basics" description="How recruiters reach you, and who you are in a line.">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <ResumeField path="basics.name" label="Full name" autoComplete="name" />
        <ResumeField path="basics.label" label="Headline" placeholder="e.g. Senior Frontend Engineer" />
        <ResumeField path="basics.email" label="Email" type="email" autoComplete="email" />
        <ResumeField path="basics.phone" label="Phone" type="tel" autoComplete="tel" />
        <ResumeField path="basics.url" label="Website" type="url" placeholder="https://" className="sm:col-span-2" />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <ResumeField path="basics.location.city" label="City" autoComplete="address-level2" />
        <ResumeField path="basics.location.region" label="Region" autoComplete="address-level1" />
        <ResumeField
          path="basics.location.countryCode"
          label="Country code"
          placeholder="e.g. US"
          autoComplete="country"
        />
      </div>
      <ResumeField
        path="basics.summary"
        label="Summary"
        multiline
        hint="Two or three sentences on what you do best and what you're looking for."
      />
    </EditorSection>
  );
}
