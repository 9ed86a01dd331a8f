// The game's addresses inside the app: #/class/teacher?key=…, #/class/join?code=…[&secret=…].
export interface ClassRoute {
  screen: 'teacher' | 'team';
  key: string;
  code: string;
  secret: string;
}

export function isClassRoute(hash: string): boolean {
  return /^#\/class(\/|$|\?)/.test(hash);
}

export function readClassRoute(hash: string): ClassRoute {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const q = new URLSearchParams(query);
  return {
    screen: path === '/class/teacher' ? 'teacher' : 'team',
    key: q.get('key') ?? '',
    code: (q.get('code') ?? '').toUpperCase(),
    secret: q.get('secret') ?? '',
  };
}
