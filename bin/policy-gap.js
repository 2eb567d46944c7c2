#!/usr/bin/env node
// The only file that touches the process: argv in, exit code out.
import { main } from '../dist/cli/process.js';

process.exitCode = await main();
