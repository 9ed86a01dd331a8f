// Imported first by main.ts, before any module that could parse a scenario at import time.
// The page's Content-Security-Policy refuses eval: zod would probe for it with `new Function`
// (a reported violation, then its slower path anyway), so it is told up front.
import { z } from 'zod';

z.config({ jitless: true });
