import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The gateway serves web/dist in production; `npm run dev` proxies the API to a running ./run.sh.
const gateway = process.env.CASECONF_GATEWAY ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', assetsDir: 'assets', sourcemap: true },
  server: {
    proxy: {
      '/api': gateway,
      '/hubs': { target: gateway, ws: true },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
