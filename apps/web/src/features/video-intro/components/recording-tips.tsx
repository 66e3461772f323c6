import { CheckIcon } from "@/components/icons";
import { Card } from "@/components/ui/card";

const tips = [
  "Face a window or a lamp, so the light is in front of you.",
  "Keep your eyes near the camera and your head inside the outline.",
  "Say who you are, what you do best, and what you're looking for.",
  "A quiet room helps: close the door and mute notifications.",
];

export function RecordingTips() {
  return (
    <Card title="Tips for a great intro">
      <ul className="space-y-3">
        {tips.map((tip) => (
          <li key={tip} className="flex gap-3 text-sm text-slate-700">
            <CheckIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />
            {tip}
          </li>
        ))}
      </ul>
    </Card>
  );
}
