import type { ResumeDocument } from "@hirefolio/shared";
import type { ReactNode } from "react";
import { GlobeIcon, MailIcon, MapPinIcon } from "@/components/icons";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2021-03" → "Mar 2021"; a bare year stays as it is. */
function partialDate(value: string | undefined) {
  if (!value) return "";
  const [year, month] = value.split("-");
  return month ? `${months[Number(month) - 1]} ${year}` : (year ?? "");
}

function period(entry: { startDate?: string; endDate?: string }) {
  if (!entry.startDate && !entry.endDate) return "";
  return `${partialDate(entry.startDate)} – ${entry.endDate ? partialDate(entry.endDate) : "Present"}`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3 break-inside-avoid">
      <h2 className="border-b border-slate-200 pb-1 text-xs font-semibold tracking-[0.14em] text-brand-700 uppercase">
        {title}
      </h2>
      {children}
    </section>
  );
}

interface EntryProps {
  title?: string;
  subtitle?: string;
  when?: string;
  summary?: string;
  bullets?: string[];
}

function Entry(props: EntryProps) {
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h3 className="font-semibold text-slate-900">
          {props.title}
          {props.subtitle && <span className="font-normal text-slate-600"> · {props.subtitle}</span>}
        </h3>
        {props.when && <p className="text-sm text-slate-500 tabular-nums">{props.when}</p>}
      </div>
      {props.summary && <p className="text-sm leading-6 text-slate-700">{props.summary}</p>}
      {props.bullets && props.bullets.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-sm leading-6 text-slate-700 marker:text-slate-400">
          {props.bullets.map((bullet, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: bullets are plain text and may repeat
            <li key={i}>{bullet}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A titled section of entries; entries have no ids and keep their order, so their position is their key. */
function Entries({ title, items }: { title: string; items: EntryProps[] }) {
  if (items.length === 0) return null;
  return (
    <Section title={title}>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and keep their order
        <Entry key={i} {...item} />
      ))}
    </Section>
  );
}

/** A resume document as a readable web page, in the order an ATS-safe template prints it. */
export function ResumeDocumentView({ document }: { document: ResumeDocument }) {
  const { basics } = document;
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode]
    .filter(Boolean)
    .join(", ");
  return (
    <article className="space-y-7">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{basics.name || "Resume"}</h1>
        {basics.label && <p className="text-lg text-slate-600">{basics.label}</p>}
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-600">
          {basics.email && (
            <li className="inline-flex items-center gap-1.5">
              <MailIcon className="size-4 text-slate-400" />
              <a href={`mailto:${basics.email}`} className="hover:text-brand-700 hover:underline">
                {basics.email}
              </a>
            </li>
          )}
          {basics.phone && <li>{basics.phone}</li>}
          {location && (
            <li className="inline-flex items-center gap-1.5">
              <MapPinIcon className="size-4 text-slate-400" />
              {location}
            </li>
          )}
          {[basics.url, ...(basics.profiles ?? []).map((p) => p.url)].filter(Boolean).map((url) => (
            <li key={url} className="inline-flex items-center gap-1.5">
              <GlobeIcon className="size-4 text-slate-400" />
              <a href={url} rel="noreferrer nofollow" className="hover:text-brand-700 hover:underline">
                {url?.replace(/^https?:\/\//, "")}
              </a>
            </li>
          ))}
        </ul>
      </header>
      {basics.summary && (
        <Section title="Summary">
          <p className="text-sm leading-6 text-slate-700">{basics.summary}</p>
        </Section>
      )}
      <Entries
        title="Experience"
        items={document.work.map((w) => ({
          title: w.position,
          subtitle: w.name,
          when: period(w),
          summary: w.summary,
          bullets: w.highlights,
        }))}
      />
      <Entries
        title="Projects"
        items={document.projects.map((p) => ({
          title: p.name,
          when: period(p),
          summary: p.description,
          bullets: p.highlights,
        }))}
      />
      <Entries
        title="Education"
        items={document.education.map((e) => ({
          title: e.institution,
          subtitle: [e.studyType, e.area].filter(Boolean).join(", "),
          when: period(e),
        }))}
      />
      {document.skills.length > 0 && (
        <Section title="Skills">
          <dl className="space-y-1.5 text-sm">
            {document.skills.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and keep their order
              <div key={i} className="flex flex-wrap gap-x-2">
                <dt className="font-semibold text-slate-900">{s.name}</dt>
                <dd className="text-slate-700">{(s.keywords ?? []).join(" · ")}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}
      <Entries
        title="Certificates"
        items={document.certificates.map((c) => ({ title: c.name, subtitle: c.issuer, when: partialDate(c.date) }))}
      />
      <Entries
        title="Awards"
        items={document.awards.map((a) => ({
          title: a.title,
          subtitle: a.awarder,
          when: partialDate(a.date),
          summary: a.summary,
        }))}
      />
      <Entries
        title="Volunteering"
        items={document.volunteer.map((v) => ({
          title: v.position,
          subtitle: v.organization,
          when: period(v),
          summary: v.summary,
          bullets: v.highlights,
        }))}
      />
      <Entries
        title="Publications"
        items={document.publications.map((p) => ({
          title: p.name,
          subtitle: p.publisher,
          when: partialDate(p.releaseDate),
          summary: p.summary,
        }))}
      />
      {document.languages.length > 0 && (
        <Section title="Languages">
          <p className="text-sm text-slate-700">
            {document.languages.map((l) => [l.language, l.fluency].filter(Boolean).join(" — ")).join(" · ")}
          </p>
        </Section>
      )}
    </article>
  );
}
