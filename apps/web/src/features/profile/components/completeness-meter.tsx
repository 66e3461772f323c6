"use client";

import { motion } from "motion/react";

/** A labelled progress bar; the API computes the percentage from the profile's filled-in fields. */
export function CompletenessMeter({ value }: { value: number }) {
  const tone = value >= 80 ? "bg-emerald-500" : value >= 50 ? "bg-brand-500" : "bg-amber-500";
  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between">
        <span className="text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}%</span>
        <span className="text-sm text-slate-600">complete</span>
      </div>
      <div
        role="progressbar"
        aria-label="Profile completeness"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        className="h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <motion.div
          className={`h-full rounded-full ${tone}`}
          initial={{ width: 0 }}
          animate={{ width: `${value}%` }}
          transition={{ duration: 0.6, ease: [0.22, 1, 0.36, 1] }}
        />
      </div>
    </div>
  );
}
