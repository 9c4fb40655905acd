export async function runExport(): Promise<number> { return 2; }
