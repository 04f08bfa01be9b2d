package org.coproduction.examples.cli;

/** How a command prints its result: readable text, or JSON another program can read back. */
enum OutputFormat {
    /** Readable text. */
    TEXT,
    /** JSON written by {@link org.coproduction.core.json.CoproductionJson}. */
    JSON;

    /**
     * Reads {@code text} or {@code json}, as the option's help says. A class rather than a method reference, so
     * that the class-data-sharing archive keeps picocli's types (see {@code CoproductionCommand.Failures}).
     */
    static final class Converter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        /**
         * Reads the value given.
         *
         * @param text  the value given
         * @return the format
         * @throws picocli.CommandLine.TypeConversionException naming the two values
         */
        @Override
        public OutputFormat convert(String text) {
            for (OutputFormat format : values()) {
                if (format.name().equalsIgnoreCase(text.strip())) {
                    return format;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected text or json, was \"" + text + "\"");
        }
    }
}
