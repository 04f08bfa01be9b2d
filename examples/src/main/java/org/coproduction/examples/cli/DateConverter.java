package org.coproduction.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads a day given on the command line, for every command's date options, saying plainly what form it takes
 * when it is wrong.
 */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("\"" + value + "\" is not a date: use YYYY-MM-DD, such as 2026-03-31");
        }
    }
}
