/**
 * vitest setupFiles: modules that run in the test process (github/ uses @actions/artifact)
 * write `::debug::` workflow commands to stdout, which the Actions runner hides unless step
 * debugging is on. Hide them here too, so the test log shows what a person needs.
 */
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
  typeof chunk === 'string' && chunk.startsWith('::debug::')
    ? true
    : write(chunk, ...rest)) as typeof process.stdout.write;
