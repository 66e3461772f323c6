import { type VideoCaptionsInput, type VideoIntro, videoUploadPath } from "@hirefolio/shared";
import { api, isApiError } from "@/lib/api-client";

/** Where tus-js-client creates uploads; the server answers a relative Location, which works behind the rewrite. */
export const videoUploadEndpoint = videoUploadPath;

export const myVideoQueryKey = ["me", "video"] as const;

/** The candidate's latest video, or null when they haven't recorded one. */
export async function fetchMyVideo(): Promise<VideoIntro | null> {
  try {
    return await api.get<VideoIntro>("/api/v1/me/video");
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export const fetchVideo = (id: string) => api.get<VideoIntro>(`/api/v1/me/videos/${encodeURIComponent(id)}`);

export const deleteVideo = (id: string) => api.delete(`/api/v1/me/videos/${encodeURIComponent(id)}`);

/** Raw WebVTT from the advanced editor, or a plain transcript the server spreads into timed cues. */
export const saveCaptions = (id: string, input: VideoCaptionsInput) =>
  api.put<VideoIntro>(`/api/v1/me/videos/${encodeURIComponent(id)}/captions`, input);
