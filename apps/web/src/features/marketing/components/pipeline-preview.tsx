"use client";

import { motion } from "motion/react";
import { Avatar } from "@/components/ui/avatar";
import { cx } from "@/lib/class-names";

const columns = [
  { title: "Applied", dot: "bg-slate-400", people: ["Maya Chen", "Leo Park"] },
  { title: "Interview", dot: "bg-brand-500", people: ["Ada Okafor"] },
  { title: "Offer", dot: "bg-violet-500", people: ["Sam Rivera"] },
];

/** A decorative, static picture of the applicant pipeline for the landing page hero. */
export function PipelinePreview() {
  return (
    <div aria-hidden="true" className="relative">
      <div className="absolute -inset-6 rounded-[2rem] bg-linear-to-br from-brand-200/60 via-violet-200/40 to-transparent blur-2xl" />
      <div className="relative rounded-2xl border border-slate-200 bg-white/90 p-4 shadow-raised backdrop-blur">
        <div className="mb-4 flex items-center justify-between px-1">
          <div>
            <p className="text-sm font-semibold text-slate-900">Senior Product Designer</p>
            <p className="text-xs text-slate-500">Remote · 4 applicants</p>
          </div>
          <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700 ring-1 ring-emerald-200">
            Open
          </span>
        </div>
        <div className="grid grid-cols-3 gap-2.5">
          {columns.map((column, columnIndex) => (
            <div key={column.title} className="rounded-xl bg-slate-100/80 p-2">
              <p className="mb-2 flex items-center gap-1.5 px-1 text-xs font-semibold text-slate-700">
                <span className={cx("size-1.5 rounded-full", column.dot)} />
                {column.title}
              </p>
              <div className="space-y-2">
                {column.people.map((person, personIndex) => (
                  <motion.div
                    key={person}
                    initial={{ opacity: 0, y: 10 }}
                    animate={{ opacity: 1, y: 0 }}
                    transition={{ delay: 0.25 + columnIndex * 0.12 + personIndex * 0.08, duration: 0.4 }}
                    className="rounded-lg bg-white p-2 shadow-card ring-1 ring-slate-200"
                  >
                    <div className="flex items-center gap-1.5">
                      <Avatar name={person} className="size-5" />
                      <span className="truncate text-xs font-medium text-slate-800">{person}</span>
                    </div>
                    <div className="mt-2 h-1 rounded-full bg-slate-100">
                      <div className="h-1 rounded-full bg-brand-400" style={{ width: `${40 + columnIndex * 25}%` }} />
                    </div>
                  </motion.div>
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
