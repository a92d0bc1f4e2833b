/**
 * Component types as scene files name them: each type's keys, faults and factory
 * ({@link io.simbase.engine.schema.ComponentType}), the registry of installed types found by
 * {@link java.util.ServiceLoader} ({@link io.simbase.engine.schema.ComponentRegistry}), and the
 * generator of the types' section of {@code docs/scene-format.md}. A new component type is one
 * class that declares its type, plus one registration line. Threading: immutable, shared.
 * Allocation: at scene load only.
 */
package io.simbase.engine.schema;
