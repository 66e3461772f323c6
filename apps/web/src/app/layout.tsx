import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/ui/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hirefolio — hiring that feels human", template: "%s · Hirefolio" },
  description:
    "Open-source hiring platform for candidates and employers: job board, applicant pipeline, AI career coach, video portfolio, smart scheduling and an AI resume builder.",
  applicationName: "Hirefolio",
};

export const viewport: Viewport = {
  themeColor: "#4f46e5",
};

/**
 * Document, fonts and CSS only. The client providers (TanStack Query, Motion, toasts) sit in each route group's
 * layout instead, so the public portfolio page (/p/{handle}), which needs none of them, does not load them.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="font-sans">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
