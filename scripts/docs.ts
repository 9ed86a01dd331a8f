// npm run docs: writes docs/scenario-format.md from the schema.
import { writeFileSync } from 'node:fs';
import { scenarioFormatMarkdown } from '../src/scenario/fieldTable.ts';

writeFileSync('docs/scenario-format.md', scenarioFormatMarkdown());
console.log('wrote docs/scenario-format.md');
