package org.coproduction.examples.cli;

import picocli.CommandLine.Option;

/** The {@code -f/--format} option of every command that prints a result: readable text or JSON. */
final class FormatOption {

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    /**
     * Whether the result is to be printed as JSON.
     *
     * @return true for {@code --format json}
     */
    boolean isJson() {
        return format == OutputFormat.JSON;
    }
}
