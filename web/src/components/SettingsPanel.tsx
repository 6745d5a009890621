import { useState } from 'react';
import { loadAuth, saveAuth } from '../api/client';

/** Where an analyst gives the write credential (kept in this browser only) and the name grades are signed with. */
export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const [settings, setSettings] = useState(loadAuth);
  return (
    <form
      className="panel settings"
      aria-label="Access settings"
      onSubmit={(e) => {
        e.preventDefault();
        saveAuth(settings);
        onClose();
      }}
    >
      <p className="muted">Reads are open. Grading and linking send this header when the service requires a write token.</p>
      <label>
        Header
        <input value={settings.header} onChange={(e) => setSettings({ ...settings, header: e.target.value })} />
      </label>
      <label>
        Value
        <input
          type="password"
          placeholder="Bearer <API_WRITE_TOKEN>"
          value={settings.value}
          onChange={(e) => setSettings({ ...settings, value: e.target.value })}
        />
      </label>
      <label>
        Analyst name
        <input value={settings.analyst} onChange={(e) => setSettings({ ...settings, analyst: e.target.value })} />
      </label>
      <button type="submit">Save</button>
    </form>
  );
}
