"use client";

import { type FormEvent, useState } from "react";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/form-field";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { transcriptFromVtt } from "../captions-text";
import { useSaveCaptions } from "../hooks/use-my-video";

type Mode = "transcript" | "vtt";

const modes = [
  { value: "transcript", label: "Transcript" },
  { value: "vtt", label: "WebVTT (advanced)" },
] as const;

const emptyVtt = "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n";

/**
 * Captions as plain words (the server times them across the video) or, for people who want control over
 * timing, as raw WebVTT. Either way the saved file is what the player's caption track shows.
 */
export function CaptionsEditor({ videoId, captionsVtt }: { videoId: string; captionsVtt: string | null }) {
  const toast = useToast();
  const save = useSaveCaptions(videoId);
  const [mode, setMode] = useState<Mode>("transcript");
  const [transcript, setTranscript] = useState(() => (captionsVtt ? transcriptFromVtt(captionsVtt) : ""));
  const [vtt, setVtt] = useState(() => captionsVtt ?? emptyVtt);

  const switchMode = (next: Mode) => {
    // Carry the saved version into the other view; unsaved edits in one view don't translate into the other.
    if (next === "vtt" && captionsVtt) setVtt(captionsVtt);
    if (next === "transcript" && captionsVtt) setTranscript(transcriptFromVtt(captionsVtt));
    setMode(next);
    save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(mode === "vtt" ? { vtt } : { transcript: transcript.trim() }, {
      onSuccess: (saved) => {
        if (saved.captionsVtt) {
          setVtt(saved.captionsVtt);
          setTranscript(transcriptFromVtt(saved.captionsVtt));
        }
        toast.show("Captions saved");
      },
    });
  };

  const value = mode === "vtt" ? vtt : transcript;

  return (
    <Card
      title="Captions"
      description="Many people watch without sound. Type what you say and we'll time it to your video."
      action={<SegmentedControl label="Caption format" options={modes} value={mode} onChange={switchMode} />}
    >
      <form onSubmit={submit} className="space-y-4">
        {mode === "transcript" ? (
          <TextAreaField
            label="Transcript"
            hint="Plain text. We split it into captions of a few seconds each."
            value={transcript}
            onChange={(event) => setTranscript(event.target.value)}
            rows={6}
            placeholder="Hi, I'm Casey. I design products people enjoy using…"
          />
        ) : (
          <TextAreaField
            label="WebVTT"
            hint="Each cue: a timing line like 00:00:01.000 --> 00:00:04.000, then its text."
            value={vtt}
            onChange={(event) => setVtt(event.target.value)}
            rows={10}
            spellCheck={false}
            className="[&_textarea]:font-mono [&_textarea]:text-xs"
          />
        )}
        <FormError message={save.error ? `Captions not saved: ${errorMessage(save.error)}` : null} />
        <div className="flex justify-end">
          <Button type="submit" loading={save.isPending} disabled={!value.trim()}>
            Save captions
          </Button>
        </div>
      </form>
    </Card>
  );
}
