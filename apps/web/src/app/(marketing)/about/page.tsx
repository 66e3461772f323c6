import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "About & data sources" };

interface Source {
  name: string;
  licence: string;
  href: string;
  notice: ReactNode;
}

const sources: Source[] = [
  {
    name: "O*NET 29.3 Database",
    licence: "CC BY 4.0",
    href: "https://www.onetcenter.org/database.html",
    notice: (
      <>
        This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and
        Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.
        Hirefolio has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these
        modifications.
      </>
    ),
  },
  {
    name: "ESCO — European Skills, Competences, Qualifications and Occupations",
    licence: "European Commission reuse policy",
    href: "https://esco.ec.europa.eu/",
    notice: (
      <>
        This service uses the ESCO classification of the European Commission. © European Union. Reuse is authorised
        under Commission Decision 2011/833/EU; Hirefolio has adapted the data, and the Commission is not responsible for
        those adaptations.
      </>
    ),
  },
  {
    name: "U.S. Bureau of Labor Statistics — Occupational Employment and Wage Statistics (OEWS), May 2024",
    licence: "Public domain",
    href: "https://www.bls.gov/oes/",
    notice: (
      <>
        Wage figures come from the Occupational Employment and Wage Statistics program, May 2024 estimates, U.S. Bureau
        of Labor Statistics. BLS data are in the public domain; BLS has not reviewed or endorsed Hirefolio.
      </>
    ),
  },
  {
    name: "Free Programming Books",
    licence: "CC BY 4.0",
    href: "https://github.com/EbookFoundation/free-programming-books",
    notice: (
      <>
        Learning resource suggestions draw on Free Programming Books by the Free Ebook Foundation and contributors,
        licensed under CC BY 4.0. Hirefolio has selected and reorganised entries.
      </>
    ),
  },
];

const linkClasses = "font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800";

export default function AboutPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageHeader
        title="About Hirefolio"
        description="An open-source hiring platform for candidates and the teams hiring them."
      />
      <div className="space-y-6">
        <Card title="Licence">
          <p className="text-sm leading-6 text-slate-700">
            Hirefolio is free software: you can redistribute it and modify it under the terms of the{" "}
            <a className={linkClasses} href="https://www.gnu.org/licenses/agpl-3.0.html">
              GNU Affero General Public License, version 3
            </a>
            . If you run a modified version as a network service, you must offer its source code to your users.
          </p>
        </Card>
        <Card
          title="Data sources and attribution"
          description="The career coach and salary guidance are built on these public datasets."
          padding="none"
        >
          <ul className="divide-y divide-slate-100">
            {sources.map((source) => (
              <li key={source.name} className="space-y-2 px-5 py-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-medium text-slate-900">
                    <a className={linkClasses} href={source.href}>
                      {source.name}
                    </a>
                  </h3>
                  <span className="text-xs font-medium text-slate-500">{source.licence}</span>
                </div>
                <p className="text-sm leading-6 text-slate-700">{source.notice}</p>
              </li>
            ))}
          </ul>
        </Card>
        <p className="text-sm text-slate-600">
          Creative Commons licence text:{" "}
          <a className={linkClasses} href="https://creativecommons.org/licenses/by/4.0/">
            creativecommons.org/licenses/by/4.0
          </a>
          .
        </p>
      </div>
    </div>
  );
}
