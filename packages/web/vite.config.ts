import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (packages/server) serves /api; in development Vite proxies to it.
const apiTarget = process.env.DINGHUO_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    // Product images are served by the API server too (DATA_DIR/uploads).
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/uploads': { target: apiTarget, changeOrigin: false },
    },
  },
});
