import { z } from 'zod';

/** Zod's own Vietnamese messages for every schema, on the server and in the web app alike. */
z.config(z.locales.vi());
