/**
 * The one YAML helper of SimBase's file formats (scenes, rig files, exercises): a line-aware,
 * typed view of a parsed YAML document ({@link io.simbase.engine.yaml.YamlNode}) whose every
 * failing accessor throws a {@link io.simbase.engine.yaml.YamlException} naming the file, the
 * line and the problem. Loaders turn that into their own exception at their edge. Used on the
 * thread that loads a file; allocates freely (files are small and loaded once). Imports nothing
 * of the engine, so any module may use it.
 */
package io.simbase.engine.yaml;
