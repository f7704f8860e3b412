// Fetches the tools the test suite needs once (Temporal CLI, Java time-skipping server, schemathesis, Mustang validator) and prints where they are.
import { ensureMustangValidator } from './lib/mustang';
import { ensureSchemathesis } from './lib/schemathesis';
import { ensureTimeSkippingServer, resolveTemporalCli } from './lib/temporal';

async function main(): Promise<void> {
  const cli = await resolveTemporalCli();
  const testServer = ensureTimeSkippingServer();
  const schemathesis = ensureSchemathesis();
  const mustang = ensureMustangValidator();
  console.log(
    `Temporal CLI: ${cli}\nTime-skipping test server: ${testServer}\nSchemathesis: ${schemathesis}\nMustang validator: ${mustang}`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
