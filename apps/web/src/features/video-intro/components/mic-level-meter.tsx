"use client";

import { useEffect, useRef } from "react";
import { MicIcon } from "@/components/icons";

const bars = 12;

/**
 * A live microphone level from a Web Audio analyser, so people see they're being heard before they record.
 * The bars are drawn straight onto the DOM each frame instead of through React state: 60 renders a second
 * would compete with the recorder for the CPU.
 */
export function MicLevelMeter({ stream }: { stream: MediaStream }) {
  const barsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (stream.getAudioTracks().length === 0) return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    const source = context.createMediaStreamSource(stream);
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let frame = 0;
    const draw = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      const rms = Math.sqrt(sum / samples.length);
      // Speech sits around -30…-10 dBFS; map -60…0 dB onto the bars so normal talking fills about two thirds.
      const level = Math.min(1, Math.max(0, (20 * Math.log10(rms || 1e-8) + 60) / 60));
      const lit = Math.round(level * bars);
      barsRef.current?.childNodes.forEach((bar, index) => {
        (bar as HTMLElement).dataset.lit = index < lit ? "true" : "false";
      });
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => {
      cancelAnimationFrame(frame);
      source.disconnect();
      void context.close();
    };
  }, [stream]);

  return (
    <div className="flex items-center gap-3">
      <MicIcon className="size-4 shrink-0 text-slate-500" />
      <div ref={barsRef} className="flex h-4 flex-1 items-end gap-1" role="img" aria-label="Microphone level">
        {Array.from({ length: bars }, (_, index) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed bars without identity
            key={index}
            data-lit="false"
            className="h-full flex-1 rounded-sm bg-slate-200 transition-colors duration-75 data-[lit=true]:bg-emerald-500 [&:nth-child(n+10)]:data-[lit=true]:bg-amber-500"
          />
        ))}
      </div>
    </div>
  );
}
