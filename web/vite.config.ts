import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into web/dist, which the API server serves at / (src/http/web.ts).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/dummy-gateway': 'http://127.0.0.1:8080', '/health': 'http://127.0.0.1:8080' } },
});
