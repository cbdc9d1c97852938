// The few parts of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    interface Histogram {
      average: number;
      p50: number;
      p99: number;
      max: number;
      total: number;
    }
    interface Result {
      requests: Histogram;
      latency: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
      statusCodeStats?: Record<string, { count: number }>;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      /** Seconds before a request counts as a timeout (default 10). */
      timeout?: number;
      headers?: Record<string, string>;
    }
    /** The running instance: a promise of the result that can also be stopped early. */
    interface Instance extends Promise<Result> {
      stop(): void;
      on(event: "reqError", listener: (error: Error & { code?: string }) => void): this;
    }
  }
  function autocannon(opts: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
