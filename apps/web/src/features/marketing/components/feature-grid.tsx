"use client";

import { motion } from "motion/react";
import { productFeatures } from "@/features/product/product-features";

export function FeatureGrid() {
  return (
    <ul className="grid grid-cols-1 gap-5 sm:grid-cols-2 lg:grid-cols-4">
      {productFeatures.map((feature, index) => (
        <motion.li
          key={feature.id}
          initial={{ opacity: 0, y: 16 }}
          animate={{ opacity: 1, y: 0 }}
          transition={{ duration: 0.45, delay: 0.2 + index * 0.08, ease: [0.22, 1, 0.36, 1] }}
          className="rounded-2xl border border-slate-200 bg-white p-6 shadow-card"
        >
          <span className="grid size-11 place-items-center rounded-xl bg-linear-to-br from-brand-500 to-accent-600 text-white shadow-sm">
            {feature.icon}
          </span>
          <h3 className="mt-5 font-semibold text-slate-900">{feature.name}</h3>
          <p className="mt-2 text-sm leading-6 text-pretty text-slate-600">{feature.summary}</p>
          <p className="mt-4 text-xs font-medium text-slate-500">
            For {feature.audience === "candidate" ? "candidates" : "hiring teams"}
          </p>
        </motion.li>
      ))}
    </ul>
  );
}
