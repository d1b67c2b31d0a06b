import { FAILSAFE_SCHEMA, load, YAMLException } from 'js-yaml';
import { nestsTooDeep } from './textBlocks';

/** A YAML mapping as plain data; every scalar a string (the failsafe schema keeps 1.10 from becoming 1.1). */
export type YamlMap = { readonly [key: string]: YamlValue };
export type YamlValue = string | readonly YamlValue[] | YamlMap | null;

export const isYamlMap = (value: unknown): value is YamlMap => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One block of a YAML lockfile, read by js-yaml; undefined for a block that is not a mapping,
 * is malformed, or nests deeper than a lockfile does. js-yaml's own errors mean malformed
 * input; anything else it throws is a bug and propagates.
 */
export function loadYamlBlock(text: string): YamlMap | undefined {
    if (nestsTooDeep(text)) {
        return undefined;
    }
    try {
        const value: unknown = load(text, { schema: FAILSAFE_SCHEMA, json: true });
        return isYamlMap(value) ? value : undefined;
    } catch (error) {
        if (error instanceof YAMLException) {
            return undefined;
        }
        throw error;
    }
}

/** A string field of a mapping, or undefined. */
export function yamlString(map: YamlMap | undefined, key: string): string | undefined {
    const value = map?.[key];
    return typeof value === 'string' ? value : undefined;
}
