import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// The API to talk to: `?api=` (the browser test's server), else the dev server of `pnpm dev`.
const apiBase = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8787';
createRoot(document.getElementById('app')!).render(<App apiBase={apiBase} />);
