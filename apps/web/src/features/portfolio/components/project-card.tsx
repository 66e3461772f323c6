"use client";

import type { Media, Project, Snippet } from "@hirefolio/shared";
import type { ReactNode } from "react";
import { ChevronDownIcon, ExternalLinkIcon, PencilIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { ReorderControls } from "@/features/resumes/components/reorder-controls";
import { type DragReorder, dropClasses } from "@/features/resumes/hooks/use-drag-reorder";
import { cx } from "@/lib/class-names";
import { projectPeriod } from "../project-dates";
import { MediaGallery } from "./media-gallery";
import { RenderedMarkdown } from "./rendered-markdown";
import { SnippetList } from "./snippet-list";

interface ProjectCardProps {
  project: Project;
  index: number;
  count: number;
  media: Media[];
  snippets: Snippet[];
  expanded: boolean;
  onToggle: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onMove: (from: number, to: number) => void;
  drag: DragReorder;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h4>
      {children}
    </section>
  );
}

/** One project: summary with reorder and edit controls; media and code open below it. */
export function ProjectCard(props: ProjectCardProps) {
  const { project, index, count, media, snippets, expanded, drag } = props;
  const period = projectPeriod(project.startDate, project.endDate);
  const detailsId = `project-${project.id}-details`;
  const extras = [
    media.length ? `${media.length} media` : null,
    snippets.length ? `${snippets.length} ${snippets.length === 1 ? "snippet" : "snippets"}` : null,
  ].filter(Boolean);

  return (
    <li
      {...drag.itemProps(index)}
      className={cx(
        "rounded-xl border border-slate-200 bg-white shadow-card transition-shadow",
        dropClasses(drag.state(index)),
      )}
    >
      <div className="flex items-start gap-3 p-4 sm:p-5">
        <div className="min-w-0 flex-1 space-y-1.5">
          <h3 className="text-base font-semibold text-slate-900">{project.title}</h3>
          {(project.role || period) && (
            <p className="text-sm text-slate-600">{[project.role, period].filter(Boolean).join(" · ")}</p>
          )}
          {project.tags.length > 0 && (
            <ul aria-label="Tags" className="flex flex-wrap gap-1.5 pt-1">
              {project.tags.map((tag) => (
                <li key={tag} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>
        <ReorderControls
          itemLabel={project.title}
          index={index}
          count={count}
          idPrefix="project"
          onMove={props.onMove}
          onRemove={props.onDelete}
          drag={drag}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 px-4 py-2 sm:px-5">
        <Button variant="ghost" size="sm" onClick={props.onEdit}>
          <PencilIcon />
          Edit details
          <span className="sr-only">of {project.title}</span>
        </Button>
        <Button variant="ghost" size="sm" aria-expanded={expanded} aria-controls={detailsId} onClick={props.onToggle}>
          <ChevronDownIcon className={cx("size-4 transition-transform", expanded && "rotate-180")} />
          {expanded ? "Hide" : "Show"} description, media and code
          <span className="sr-only">of {project.title}</span>
        </Button>
        {!expanded && extras.length > 0 && <span className="text-xs text-slate-500">{extras.join(" · ")}</span>}
      </div>
      {expanded && (
        <div id={detailsId} className="space-y-6 border-t border-slate-100 bg-slate-50/50 p-4 sm:p-5">
          <Section title="Description">
            {project.descriptionHtml ? (
              <RenderedMarkdown html={project.descriptionHtml} />
            ) : (
              <p className="text-sm text-slate-500">No description yet. Use “Edit details” to tell the story.</p>
            )}
            {project.links.length > 0 && (
              <ul className="flex flex-wrap gap-3">
                {project.links.map((link) => (
                  <li key={link.url}>
                    <a
                      href={link.url}
                      target="_blank"
                      rel="noreferrer"
                      className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
                    >
                      <ExternalLinkIcon className="size-3.5" />
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title="Media">
            <MediaGallery
              projectId={project.id}
              items={media}
              label="Add images, PDFs or videos"
              listLabel={`Media of ${project.title}`}
            />
          </Section>
          <Section title="Code snippets">
            <SnippetList projectId={project.id} snippets={snippets} />
          </Section>
        </div>
      )}
    </li>
  );
}
