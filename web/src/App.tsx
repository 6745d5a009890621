import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { href, navigate, Route, useRoute } from './routing';
import { SettingsPanel } from './components/SettingsPanel';
import { Viewer } from './components/viewer';
import { SearchPage } from './pages/SearchPage';
import { MissionPage } from './pages/MissionPage';
import { StoryPage } from './pages/StoryPage';
import { EntityPage } from './pages/EntityPage';
import { GraphPage } from './pages/GraphPage';
import { ClaimPage } from './pages/ClaimPage';
import { SourcePage } from './pages/SourcePage';
import { DashboardPage } from './pages/DashboardPage';

// GraphiQL is most of the bundle: it loads only when the IDE is opened.
const IdePage = lazy(() => import('./pages/IdePage'));

const NAV = [
  ['search', 'Search'],
  ['mission', 'Mission question'],
  ['graph', 'Graph'],
  ['dashboard', 'Dashboard'],
  ['ide', 'GraphQL IDE'],
] as const;

function Page({ route }: { route: Route }) {
  const [page, id] = route.path;
  const p = route.params;
  switch (page) {
    case 'search':
      return <SearchPage query={p.get('q') ?? ''} types={p.get('types') ?? ''} />;
    case 'mission':
      return <MissionPage params={p} />;
    case 'story':
      return <StoryPage id={id} />;
    case 'entity':
      return <EntityPage id={id} after={p.get('after') ?? undefined} />;
    case 'claim':
      return <ClaimPage id={id} />;
    case 'source':
      return <SourcePage id={id} />;
    case 'graph':
      return <GraphPage params={p} />;
    case 'ide':
      return (
        <Suspense fallback={<p className="muted">Loading the IDE…</p>}>
          <IdePage />
        </Suspense>
      );
    default:
      return <DashboardPage params={p} />;
  }
}

export function App() {
  const route = useRoute();
  const [q, setQ] = useState('');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const searchBox = useRef<HTMLInputElement>(null);
  // "/" jumps to the search box from anywhere but a text field, as on most sites analysts use.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchBox.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const current = route.path[0] ?? 'dashboard';
  return (
    <div className="app">
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href={href(['dashboard'])}>
          storygraph
        </a>
        <nav aria-label="Pages">
          {NAV.map(([path, label]) => (
            <a key={path} href={href([path])} aria-current={current === path ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <form
          role="search"
          className="top-search"
          onSubmit={(e) => {
            e.preventDefault();
            if (q.trim()) navigate(['search'], { q: q.trim() });
          }}
        >
          <input
            ref={searchBox}
            aria-label="Search stories, claims, sources and entities"
            placeholder="Search… (/)"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <button type="submit">Search</button>
        </form>
        <button type="button" className="link" aria-expanded={settingsOpen} onClick={() => setSettingsOpen(!settingsOpen)}>
          Access · <Viewer />
        </button>
      </header>
      {settingsOpen && <SettingsPanel onClose={() => setSettingsOpen(false)} />}
      <main id="main" tabIndex={-1} className={current === 'ide' ? 'wide' : undefined}>
        <Page route={route} />
      </main>
    </div>
  );
}
