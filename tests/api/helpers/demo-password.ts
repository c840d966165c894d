/** The demo accounts' password in tests (the template database is seeded with it). */
export const demoPassword = 'demo-password-2021';
