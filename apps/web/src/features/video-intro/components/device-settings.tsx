import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/form-field";
import type { DeviceChoice } from "../hooks/use-camera";
import { MicLevelMeter } from "./mic-level-meter";

interface DeviceSettingsProps {
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  choice: DeviceChoice;
  stream: MediaStream | null;
  /** Devices can't change mid-recording: the recorder is bound to the stream it started with. */
  locked: boolean;
  onChange: (choice: Partial<DeviceChoice>) => void;
}

function DevicePicker({
  label,
  devices,
  value,
  disabled,
  onChange,
}: {
  label: string;
  devices: MediaDeviceInfo[];
  value: string | undefined;
  disabled: boolean;
  onChange: (deviceId: string) => void;
}) {
  return (
    <SelectField
      label={label}
      value={value ?? ""}
      disabled={disabled || devices.length === 0}
      onChange={(event) => onChange(event.target.value)}
    >
      {devices.length === 0 && <option value="">Turn on the camera to choose</option>}
      {devices.map((device, index) => (
        <option key={device.deviceId} value={device.deviceId}>
          {device.label || `${label} ${index + 1}`}
        </option>
      ))}
    </SelectField>
  );
}

export function DeviceSettings({ cameras, microphones, choice, stream, locked, onChange }: DeviceSettingsProps) {
  return (
    <Card title="Camera and microphone" description="We'll remember your choice on this browser.">
      <div className="space-y-4">
        <DevicePicker
          label="Camera"
          devices={cameras}
          value={choice.cameraId}
          disabled={locked}
          onChange={(cameraId) => onChange({ cameraId })}
        />
        <DevicePicker
          label="Microphone"
          devices={microphones}
          value={choice.microphoneId}
          disabled={locked}
          onChange={(microphoneId) => onChange({ microphoneId })}
        />
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-slate-800">Sound check</p>
          {stream ? (
            <MicLevelMeter stream={stream} />
          ) : (
            <p className="text-sm text-slate-500">The level shows here once the microphone is on.</p>
          )}
          <p className="text-xs text-slate-500">Say a few words: the bars should reach the middle.</p>
        </div>
      </div>
    </Card>
  );
}
