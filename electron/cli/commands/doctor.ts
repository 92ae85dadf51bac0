import { UsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { readSecretFromStdin } from '../read-stdin.js';
import { parseOptions } from '../parse-options.js';
import { isLoopbackUrl } from '../../../shared/net/loopback.js';
import type { DoctorResult } from '../../../shared/doctor/doctor-result.js';
import { formatDoctorResult } from '../../../shared/doctor/format-report.js';

const USAGE = `Usage: tokenscope doctor [--world FILE] [--json]
       tokenscope doctor --endpoint URL --client-id ID [--management-api URL] [--stdin client-secret] [--json]

Lints a Logto tenant's RBAC: permissions no role grants, roles nobody holds, API resources without permissions,
apps with token exchange on, M2M apps holding the Management API's all, access-token TTLs far from the default,
users with no role for any API, organization roles without permissions, organizations without members, and
sign-ins that get opaque tokens because no default API exists. Each finding says why it matters and the fix.

  (no option)           the sandbox's default world
  --world FILE          a sandbox world file (YAML or JSON)
  --endpoint URL        a Logto tenant, read through its Management API (GET only), e.g. https://<tenant>.logto.app
  --client-id ID        an M2M app of that tenant holding the Management API access role (scope all)
  --management-api URL  the Management API indicator when the derived one is wrong (a custom domain)
  --stdin client-secret read the app's secret from standard input (else TOKENSCOPE_CLIENT_SECRET)
  --json                print the result as one JSON object { verdict, report, problem? }

Secrets never go in arguments: set TOKENSCOPE_CLIENT_SECRET or pipe it in with --stdin client-secret.

Exit status: 0 no finding of severity error on a tenant read whole; 1 an error found, or not verified (the tenant
could not be read, or only partly); 2 bad usage.`;

interface DoctorArguments {
  world?: string;
  endpoint?: string;
  clientId?: string;
  managementApi?: string;
  stdin?: string;
  json: boolean;
}

function parse(argv: string[]): DoctorArguments {
  if (argv.some((a) => ['--client-secret', '--secret'].includes(a.split('=')[0]!)))
    throw new UsageError(
      'Secrets never go in arguments: set TOKENSCOPE_CLIENT_SECRET or pipe it in with --stdin client-secret.',
    );
  const { values } = parseOptions(argv, {
    options: {
      world: { type: 'string' },
      endpoint: { type: 'string' },
      'client-id': { type: 'string' },
      'management-api': { type: 'string' },
      stdin: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (values.world && values.endpoint) throw new UsageError('Give --world FILE or --endpoint URL, not both.');
  if (values.endpoint) {
    if (!URL.canParse(values.endpoint)) throw new UsageError(`--endpoint must be a URL; got "${values.endpoint}".`);
    const url = new URL(values.endpoint);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackUrl(url)))
      throw new UsageError(
        `--endpoint ${values.endpoint} must use https (plain http only for 127.0.0.1 and localhost).`,
      );
    if (!values['client-id'])
      throw new UsageError('--endpoint needs --client-id: an M2M app of the tenant holding the Management API role.');
  } else if (values['client-id'] || values['management-api']) {
    throw new UsageError('--client-id and --management-api go with --endpoint URL.');
  }
  if (values.stdin !== undefined && values.stdin !== 'client-secret')
    throw new UsageError('--stdin takes client-secret.');
  return {
    ...(values.world ? { world: values.world } : {}),
    ...(values.endpoint ? { endpoint: values.endpoint.replace(/\/+$/, '') } : {}),
    ...(values['client-id'] ? { clientId: values['client-id'] } : {}),
    ...(values['management-api'] ? { managementApi: values['management-api'] } : {}),
    ...(values.stdin ? { stdin: values.stdin } : {}),
    json: values.json ?? false,
  };
}

async function fromWorld(file: string | undefined): Promise<DoctorResult> {
  const { runDoctor } = await import('../../../shared/doctor/run-doctor.js');
  const { doctorResultOf } = await import('../../../shared/doctor/doctor-result.js');
  const { tenantFromWorld } = await import('../../../shared/tenant/tenant-from-world.js');
  const { defaultWorld, loadWorldFile } = await import('../../services/sandbox/world/world-file.js');
  const world = file ? await loadWorldFile(file) : defaultWorld();
  return doctorResultOf(runDoctor(tenantFromWorld(world, new Date().toISOString())));
}

async function fromEndpoint(args: DoctorArguments, io: CliIo): Promise<DoctorResult> {
  const secret = args.stdin ? await readSecretFromStdin(io.stdin) : io.env.TOKENSCOPE_CLIENT_SECRET;
  if (!secret)
    throw new UsageError(
      `--endpoint needs the secret of ${args.clientId}: set TOKENSCOPE_CLIENT_SECRET or pipe it in with --stdin client-secret.`,
    );
  const { readTenant } = await import('../../services/tenant/tenant-reader.js');
  const { runDoctor } = await import('../../../shared/doctor/run-doctor.js');
  const { doctorResultOf } = await import('../../../shared/doctor/doctor-result.js');
  const outcome = await readTenant({
    // A Logto issuer is the endpoint plus /oidc.
    issuer: args.endpoint!.endsWith('/oidc') ? args.endpoint! : `${args.endpoint}/oidc`,
    credentials: { clientId: args.clientId!, clientSecret: secret },
    ...(args.managementApi ? { indicator: args.managementApi } : {}),
    readId: `doctor-${Date.now().toString(36)}`,
  });
  return doctorResultOf(outcome.tenant && runDoctor(outcome.tenant), outcome.problem);
}

export const doctorCommand: CliCommand = {
  name: 'doctor',
  summary: "lint a Logto tenant's roles and apps (or a sandbox world): each finding with why and the fix",
  usage: USAGE,
  async run(argv, io) {
    const args = parse(argv);
    let result: DoctorResult;
    try {
      result = args.endpoint ? await fromEndpoint(args, io) : await fromWorld(args.world);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      // Fail closed: whatever stopped the check, nothing was verified.
      result = {
        verdict: 'not-verified',
        problem: {
          kind: 'unexpected',
          message: (error as Error).message,
          fix: 'Fix what the message names and run the doctor again.',
        },
      };
    }
    io.stdout.write((args.json ? JSON.stringify(result) : formatDoctorResult(result)) + '\n');
    return result.verdict === 'ok' ? 0 : 1;
  },
};
