// A round worker's entry when the server runs from its TypeScript sources (the unit tests); the
// bundled server (scripts/classroom.ts) is its own workers' entry.
import { serveRounds } from './roundWorker.ts';

serveRounds();
