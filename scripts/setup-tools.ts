// Fetches the tools the test suite needs once (Temporal CLI, Java time-skipping server) and prints where they are.
import { ensureTimeSkippingServer, resolveTemporalCli } from './lib/temporal';

async function main(): Promise<void> {
  const cli = await resolveTemporalCli();
  const testServer = ensureTimeSkippingServer();
  console.log(`Temporal CLI: ${cli}\nTime-skipping test server: ${testServer}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
