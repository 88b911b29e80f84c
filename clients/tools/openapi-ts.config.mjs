// @hey-api/openapi-ts configuration for the TypeScript SDK; paths come from clients/generate.sh.
import { defineConfig } from '@hey-api/openapi-ts';

export default defineConfig({
  input: process.env.POSTBAY_OPENAPI,
  output: { path: process.env.POSTBAY_TS_OUT },
  plugins: [
    '@hey-api/typescript',
    { name: '@hey-api/sdk' },
    // Calls return { data, error, response }; `error` is typed from the declared responses.
    { name: '@hey-api/client-fetch', throwOnError: false },
  ],
});
