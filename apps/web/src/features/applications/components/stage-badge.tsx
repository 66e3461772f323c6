import type { ApplicationStage } from "@hirefolio/shared";
import { Badge } from "@/components/ui/badge";
import { stageLabels, stageTones } from "../stages";

export function StageBadge({ stage }: { stage: ApplicationStage }) {
  return (
    <Badge tone={stageTones[stage]} dot>
      {stageLabels[stage]}
    </Badge>
  );
}
