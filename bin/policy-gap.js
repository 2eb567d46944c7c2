#!/usr/bin/env node
// The only file that touches the process: argv in, exit code out.
// The bundled build (scripts/bundle.js): one file loads faster than the modules it was made from.
import { main } from '../dist/bundle/process.js';

process.exitCode = await main();
