import { useState } from 'react';
import { loadAuth, saveAuth } from '../api/client';
import { Viewer } from './viewer';

/**
 * Where an analyst gives a credential (kept in this browser only). Saving reloads the page, so
 * every view is read again as the new identity.
 */
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
        location.reload();
      }}
    >
      <p className="muted">
        Signed in as <Viewer />. Grading and linking need the analyst role; the service decides from this header.
      </p>
      <label>
        Header
        <input value={settings.header} onChange={(e) => setSettings({ ...settings, header: e.target.value })} />
      </label>
      <label>
        Value
        <input
          type="password"
          placeholder="Bearer <API key or token>"
          value={settings.value}
          onChange={(e) => setSettings({ ...settings, value: e.target.value })}
        />
      </label>
      <button type="submit">Save</button>
    </form>
  );
}
