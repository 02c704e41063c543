// Types of scripts/chromium.mjs, for the tests written in TypeScript.
export class ChromiumError extends Error {}

export interface RenderOptions {
  /** Chromium is ended, with its helpers, after this long (30 s by default). */
  timeoutMs?: number;
  /** Where Chromium writes its network log, to read with pageRequests. */
  netLog?: string;
}

export function findChromium(): string | undefined;
export function ensureChromium(): Promise<string>;
export function screenshot(htmlFile: string, pngFile: string, options?: RenderOptions & { width?: number; height?: number }): Promise<void>;
export function printToPdf(htmlFile: string, pdfFile: string, options?: RenderOptions): Promise<void>;
export function pageRequests(netLogFile: string): string[];
