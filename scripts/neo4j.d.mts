// Types of scripts/neo4j.mjs, for the test suite that imports it.
export declare const TOOLING: string;
export declare const DEFAULT_HOME: string;
export declare const DEFAULT_PASSWORD: string;
export declare class Neo4jToolError extends Error {}
export declare function checkJava(): number;
export declare function fetchArtifacts(set?: "server" | "cypher-shell", log?: (message: string) => void): Promise<string>;
export declare function freePort(): Promise<number>;
export declare function runningPid(home?: string): number | null;
export declare function logTail(home?: string, lines?: number): string;
export interface StartOptions {
  home?: string;
  boltPort?: number;
  httpPort?: number;
  password?: string;
  heap?: string;
  pageCache?: string;
  timeoutMs?: number;
  log?: (message: string) => void;
}
export declare function startServer(options?: StartOptions): Promise<{ pid: number; boltUri: string; httpUrl: string }>;
export declare function stopServer(options?: { home?: string; timeoutMs?: number; log?: (message: string) => void }): Promise<boolean>;
export declare function cypherShellCommand(log?: (message: string) => void): Promise<string[]>;
