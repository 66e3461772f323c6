"use client";

import type { ApplicationSummary } from "@hirefolio/shared";
import { motion } from "motion/react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { formatDateTime, formatRelative } from "@/lib/format-date";

interface ApplicationCardProps {
  application: ApplicationSummary;
  canMove: boolean;
  onOpen: () => void;
  onMove: () => void;
}

/** One applicant on the pipeline board; `layoutId` lets the card glide to its new column after a move. */
export function ApplicationCard({ application, canMove, onOpen, onMove }: ApplicationCardProps) {
  return (
    <motion.li
      layoutId={application.id}
      layout="position"
      transition={{ type: "spring", stiffness: 400, damping: 35 }}
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-card"
    >
      <div className="flex items-start gap-2.5">
        <Avatar name={application.candidateName} className="size-7" />
        <div className="min-w-0 flex-1">
          <button
            type="button"
            onClick={onOpen}
            className="block max-w-full truncate rounded text-left text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline"
          >
            {application.candidateName}
          </button>
          {application.candidateEmail && (
            <p className="truncate text-xs text-slate-600" title={application.candidateEmail}>
              {application.candidateEmail}
            </p>
          )}
        </div>
      </div>
      <div className="mt-3 flex items-center justify-between gap-2">
        <span className="text-xs text-slate-500" title={`Applied ${formatDateTime(application.createdAt)}`}>
          {formatRelative(application.createdAt)}
        </span>
        {canMove && (
          <Button
            variant="secondary"
            size="sm"
            className="h-7 px-2 text-xs"
            onClick={onMove}
            aria-label={`Move ${application.candidateName}`}
          >
            Move
          </Button>
        )}
      </div>
    </motion.li>
  );
}
