// Types for what the TypeScript configs import from find-chromium.mjs (playwright.config.ts).
export declare const QUIET_CHROMIUM_ARGS: readonly string[];
