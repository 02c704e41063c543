/** Writes `rows` seeded, realistic feedback responses to `path`; resolves with the file's size in bytes. */
export function generateFeedback(path: string, rows: number, seed?: number): Promise<number>;
