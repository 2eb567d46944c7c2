/** `policy-gap init`: a commented .policygap.yaml starter; never overwrites. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_NAME } from '../../config/load-config.js';
import { UserError } from '../../errors.js';
import { ExitCode, type IO } from '../io.js';

const STARTER = `# policy-gap settings for this organization's policies.
# Flags on the command line win over these. Check with: policy-gap check --print-config

# Which rubric to check against: ccr-ethical-principles (default), ccr-framework,
# or a path to your own rubric file (it can \`extends: ccr-framework\` and change elements).
rubric: ccr-ethical-principles

# Lowest status that fails the run (exit code 1): missing, weak or never.
failOn: missing

# Files and folders not to check (globs, relative to where you run policy-gap).
ignore:
  - "drafts/**"

# Elements that do not apply to your organization. Each needs a reason; it is shown in every
# report, and the element is never reported as missing. An optional expiry date makes
# policy-gap check the element again after that day.
notApplicable: []
#  - element: insurance.liability
#    reason: "We only give general information sessions; our funder's policy covers them."
#    expires: 2027-06-30
`;

export async function initCommand(io: IO): Promise<number> {
  const path = join(io.cwd, CONFIG_NAME);
  if (existsSync(path)) throw new UserError('bad-config', `${CONFIG_NAME} already exists here; not overwriting it`);
  writeFileSync(path, STARTER, { flag: 'wx' });
  io.stdout(`wrote ${CONFIG_NAME}\n`);
  return ExitCode.ok;
}
