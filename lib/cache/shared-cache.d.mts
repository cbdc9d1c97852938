import type { RedisClientType } from "redis";
import type { Handler } from "@fortedigital/nextjs-cache-handler/cache-handler.types";

export const WRITE_TAGS: string[];
export const COMMAND_TIMEOUT_MS: number;
export function basePrefix(env?: NodeJS.ProcessEnv): string;
export function keyPrefixFor(buildId: string | undefined, env?: NodeJS.ProcessEnv): string;
export function connectRedis(url: string, options?: { onError?: (error: unknown) => void }): Promise<RedisClientType>;
export function createSharedHandler(client: RedisClientType, keyPrefix: string): Handler;
export function expireSharedCache(url: string, env?: NodeJS.ProcessEnv): Promise<number>;
