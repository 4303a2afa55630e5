/** Nest injection token for the process's Runtime (stores, registry, runner, worker). */
export const RUNTIME = Symbol('G3N_RUNTIME');
