import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/** Vendor chunks: cached across deploys, fetched in parallel with the small app entry. */
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack)[\\/]/,
    priority: 30,
  },
  // Charts (issue 5 dashboard, one-stop KPI page): only pages that draw charts load it.
  {
    name: 'echarts',
    test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/,
    priority: 25,
  },
  {
    name: 'icons',
    test: /node_modules[\\/]@ant-design[\\/]icons(-svg)?[\\/]/,
    priority: 20,
    tags: ['$initial' as const],
  },
  // Only what the shell needs at start-up; antd parts that only lazy pages use (Table, Tree,
  // DatePicker…) stay in chunks that load with those pages.
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@rc-component|@ant-design|@babel[\\/]runtime|dayjs|clsx|rc-[a-z-]+)[\\/]/,
    priority: 10,
    tags: ['$initial' as const],
  },
];

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
