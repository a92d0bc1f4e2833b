/**
 * The {@code ./simbase} command line (picocli): one class per subcommand, all registered in
 * {@link io.simbase.server.cli.Main}. A user mistake is a {@link io.simbase.server.cli.UserException}:
 * one line on stderr and exit code 2, never a stack trace. Threading: the main thread; commands
 * that run a server or a scene hand the work to the threads those own.
 */
package io.simbase.server.cli;
