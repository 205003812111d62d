export function chromiumPath(): string;
export function firefoxPath(): string;
export function webkitDriverPath(): string;
export function miniBrowserPath(): string;
export const CHROMIUM_ARGS: string[];
