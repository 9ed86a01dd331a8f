declare module 'seedrandom/lib/xor4096.js' {
  const xor4096: (seed: string) => { int32(): number; double(): number; (): number };
  export default xor4096;
}
