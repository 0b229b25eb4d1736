import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiPort = process.env.SCHAKEL_API_PORT ?? '3001';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  // `npm run dev`: Vite serves the web app with hot reload and passes /api to the server.
  server: {
    port: Number(process.env.PORT ?? 3000),
    strictPort: true,
    // Keep the browser's Host: the API checks a changing request's Origin against it (CSRF).
    proxy: { '/api': { target: `http://localhost:${apiPort}`, changeOrigin: false } },
  },
});
