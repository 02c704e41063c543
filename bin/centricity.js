#!/usr/bin/env node
import { main } from '../dist/cli/bundle.js';

main(process.argv);
