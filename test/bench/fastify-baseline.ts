/**
 * The machine's HTTP limit for the API bench: a bare Fastify app (same Fastify as the API, no Nest, no validation,
 * no store) with one POST route that parses the same JSON body as /ics/adjustment/create and answers a JSON envelope
 * of the same shape. Started as its own child process by api-bench.ts on loopback, port 0.
 */
import Fastify from 'fastify';

async function main(): Promise<void> {
  const app = Fastify({ logger: false });
  app.post('/ics/adjustment/create', async (request) => {
    const body = request.body as { logical_guid: string; variant_id: string; qty_delta: number };
    return {
      success: true,
      data: {
        stock: {
          org_guid: 'org', logical_guid: body.logical_guid, variant_id: body.variant_id,
          on_hand: body.qty_delta, reserved: 0, allocated: 0, committed: 0, available: body.qty_delta, quarantine: 0, damaged: 0,
          revision: 0, created_at: new Date().toISOString(), updated_at: new Date().toISOString(),
        },
      },
    };
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stderr.write(`baseline listening on ${address}\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
