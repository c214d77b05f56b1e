import { createApp } from 'vue';
import App from './App.vue';

// The API to talk to: `?api=` (the browser test's server), else the dev server of `pnpm dev`.
const apiBase = new URLSearchParams(location.search).get('api') ?? 'http://localhost:8787';
createApp(App, { apiBase }).mount('#app');
