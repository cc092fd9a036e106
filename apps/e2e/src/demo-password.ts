// The demo logins' password on the throwaway databases of the end-to-end tests and benches. They run the backend
// with NODE_ENV=production, where the seed refuses the published demo password, so they pass this one as DEMO_PASSWORD.
export const E2E_DEMO_PASSWORD = "e2e-demo-R7qvM3xK9pLw2TzN"
