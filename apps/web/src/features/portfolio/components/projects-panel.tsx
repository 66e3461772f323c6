"use client";

import type { Project } from "@hirefolio/shared";
import { useEffect, useRef, useState } from "react";
import { BriefcaseIcon, PlusIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryState } from "@/components/ui/query-state";
import { useToast } from "@/components/ui/toast";
import { useDragReorder } from "@/features/resumes/hooks/use-drag-reorder";
import { errorMessage } from "@/lib/api-client";
import { useMedia } from "../hooks/use-media";
import { useDeleteProject, useProjects, useReorderProjects } from "../hooks/use-projects";
import { useSnippets } from "../hooks/use-snippets";
import { ConfirmDialog } from "./confirm-dialog";
import { ProjectCard } from "./project-card";
import { ProjectDialog } from "./project-dialog";

function ProjectList({ projects }: { projects: Project[] }) {
  const media = useMedia().data ?? [];
  const snippets = useSnippets().data ?? [];
  const reorder = useReorderProjects();
  const remove = useDeleteProject();
  const toast = useToast();
  const [editing, setEditing] = useState<Project | "new" | null>(null);
  const [deleting, setDeleting] = useState<Project | null>(null);
  // A project just added opens, so its media and code are one step away.
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const moved = useRef<{ id: string; to: number; direction: "up" | "down" } | null>(null);
  const move = (from: number, to: number) => {
    const id = projects[from]?.id;
    if (id) moved.current = { id, to, direction: to < from ? "up" : "down" };
    reorder.move(projects, from, to);
  };
  const drag = useDragReorder(move);

  // The query cache re-renders the list a tick after the move, later than the move buttons' own focus hand-off, so
  // focus is put back on the moved project's button once the list really shows the new order.
  useEffect(() => {
    const pending = moved.current;
    if (!pending || projects[pending.to]?.id !== pending.id) return;
    moved.current = null;
    const button = (direction: string) =>
      document.getElementById(`project-${pending.to}-${direction}`) as HTMLButtonElement | null;
    const same = button(pending.direction);
    (same && !same.disabled ? same : button(pending.direction === "up" ? "down" : "up"))?.focus();
  }, [projects]);

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="space-y-4">
      {projects.length > 0 && (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">
            {projects.length} {projects.length === 1 ? "project" : "projects"}. Drag or use the arrows to set the order
            visitors see.
          </p>
          <Button onClick={() => setEditing("new")}>
            <PlusIcon />
            Add project
          </Button>
        </div>
      )}
      <FormError message={reorder.error ? `The new order wasn't saved. ${errorMessage(reorder.error)}` : null} />
      <FormError message={remove.error ? `The project wasn't deleted. ${errorMessage(remove.error)}` : null} />
      {projects.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white">
          <EmptyState
            icon={<BriefcaseIcon className="size-6" />}
            title="Show what you've built"
            description="Add a project with what you did and the result, then attach screenshots, a PDF write-up or the code that matters."
            action={
              <Button onClick={() => setEditing("new")}>
                <PlusIcon />
                Add your first project
              </Button>
            }
          />
        </div>
      ) : (
        <ol aria-label="Projects" className="space-y-4">
          {projects.map((project, index) => (
            <ProjectCard
              key={project.id}
              project={project}
              index={index}
              count={projects.length}
              media={media.filter((item) => item.projectId === project.id)}
              snippets={snippets.filter((item) => item.projectId === project.id)}
              expanded={expanded.has(project.id)}
              onToggle={() => toggle(project.id)}
              onEdit={() => setEditing(project)}
              onDelete={() => setDeleting(project)}
              onMove={move}
              drag={drag}
            />
          ))}
        </ol>
      )}
      <ProjectDialog
        open={editing !== null}
        project={editing === "new" ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          if (editing === "new") setExpanded((current) => new Set(current).add(saved.id));
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ""}”?`}
        description="Its media files and code snippets are deleted with it. This can't be undone."
        confirmLabel="Delete project"
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          const { title } = deleting;
          remove.mutate(deleting.id, { onSuccess: () => toast.show(`Deleted “${title}”`) });
        }}
      />
    </div>
  );
}

export function ProjectsPanel() {
  const projects = useProjects();
  return (
    <QueryState query={projects} loadingLabel="Loading your projects…">
      {(list) => <ProjectList projects={list} />}
    </QueryState>
  );
}
