declare module 'seedrandom/lib/xor4096.js' {
  interface Xor4096State {
    X: number[];
    i: number;
    w: number;
  }
  interface Xor4096 {
    (): number;
    int32(): number;
    double(): number;
    state(): Xor4096State;
  }
  function xor4096(seed: string, options: { state: true }): Xor4096;
  function xor4096(seed: string): Omit<Xor4096, 'state'>;
  export default xor4096;
}
