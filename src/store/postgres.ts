export async function openPostgresStore(url: string): Promise<never> { throw new Error(url); }
