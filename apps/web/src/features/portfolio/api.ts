import type {
  Badge,
  CreateProject,
  CreateSnippet,
  IssuedCredential,
  Media,
  MyBadges,
  MyGithubStats,
  PortfolioSettings,
  Project,
  RequestTestimonial,
  Snippet,
  Testimonial,
  UpdateMedia,
  UpdatePortfolioSettings,
  UpdateProject,
  UpdateSnippet,
  Verification,
} from "@hirefolio/shared";
import { api, type UploadOptions } from "@/lib/api-client";

const base = "/api/v1/me/portfolio";
const at = (path: string, id: string) => `${path}/${encodeURIComponent(id)}`;

export const portfolioKeys = {
  settings: ["portfolio", "settings"] as const,
  projects: ["portfolio", "projects"] as const,
  media: ["portfolio", "media"] as const,
  snippets: ["portfolio", "snippets"] as const,
  testimonials: ["portfolio", "testimonials"] as const,
  badges: ["portfolio", "badges"] as const,
  githubStats: ["portfolio", "github-stats"] as const,
};

export const fetchSettings = () => api.get<PortfolioSettings>(base);
export const updateSettings = (input: UpdatePortfolioSettings) => api.put<PortfolioSettings>(base, input);
export const regenerateLink = () => api.post<PortfolioSettings>(`${base}/regenerate-link`);

const projectsPath = `${base}/projects`;
export const fetchProjects = () => api.get<{ items: Project[] }>(projectsPath).then((list) => list.items);
export const createProject = (input: CreateProject) => api.post<Project>(projectsPath, input);
export const updateProject = (id: string, input: UpdateProject) => api.patch<Project>(at(projectsPath, id), input);
export const deleteProject = (id: string) => api.delete(at(projectsPath, id));
export const reorderProjects = (ids: string[]) =>
  api.put<{ items: Project[] }>(`${projectsPath}/order`, { ids }).then((list) => list.items);

const mediaPath = `${base}/media`;
export const fetchMedia = () => api.get<{ items: Media[] }>(mediaPath).then((list) => list.items);
export const updateMedia = (id: string, input: UpdateMedia) => api.patch<Media>(at(mediaPath, id), input);
export const deleteMedia = (id: string) => api.delete(at(mediaPath, id));

/** The raw file as the body; the server sniffs its type, so the declared one only helps proxies. */
export function uploadMedia(file: File, target: { projectId: string | null; title: string }, options: UploadOptions) {
  const query = new URLSearchParams({ title: target.title });
  if (target.projectId) query.set("projectId", target.projectId);
  return api.upload<Media>("POST", `${mediaPath}?${query}`, file, options);
}

const snippetsPath = `${base}/snippets`;
export const fetchSnippets = () => api.get<{ items: Snippet[] }>(snippetsPath).then((list) => list.items);
export const createSnippet = (input: CreateSnippet) => api.post<Snippet>(snippetsPath, input);
export const updateSnippet = (id: string, input: UpdateSnippet) => api.patch<Snippet>(at(snippetsPath, id), input);
export const deleteSnippet = (id: string) => api.delete(at(snippetsPath, id));

const testimonialsPath = "/api/v1/me/testimonials";
export const fetchTestimonials = () => api.get<{ items: Testimonial[] }>(testimonialsPath).then((list) => list.items);
export const requestTestimonial = (input: RequestTestimonial) =>
  api.post<Testimonial>(`${testimonialsPath}/requests`, input);
export const approveTestimonial = (id: string) => api.post<Testimonial>(`${at(testimonialsPath, id)}/approve`);
export const hideTestimonial = (id: string) => api.post<Testimonial>(`${at(testimonialsPath, id)}/hide`);
export const deleteTestimonial = (id: string) => api.delete(at(testimonialsPath, id));

export const fetchBadges = () => api.get<MyBadges>("/api/v1/me/badges").then((list) => list.items);
export const evaluateBadges = () => api.post<MyBadges>("/api/v1/me/badges/evaluate").then((list) => list.items);

/**
 * Checks an earned badge the way an outside verifier would: fetch the public credential, then ask the public
 * verifier about its JWS. Both are same-origin paths, so the page works behind the `/api` rewrite.
 */
export async function verifyBadge(badge: Badge): Promise<Verification> {
  if (!badge.credentialUrl) throw new Error("The badge has no credential yet");
  const issued = await api.get<IssuedCredential>(new URL(badge.credentialUrl).pathname);
  return api.post<Verification>("/api/v1/credentials/verify", { jws: issued.jws });
}

export const fetchGithubStats = () => api.get<MyGithubStats>("/api/v1/me/github-stats");
export const refreshGithubStats = () => api.post<MyGithubStats>("/api/v1/me/github-stats/refresh");
