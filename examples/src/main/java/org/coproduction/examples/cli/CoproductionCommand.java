package org.coproduction.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code coproduction} command-line tool: ladders, validation, assessment, recompense statements,
 * measures and JSON Schemas, with exit codes scripts can rely on.
 *
 * <ul>
 *   <li>0: done;</li>
 *   <li>1: the input is invalid (a missing file, malformed JSON, a broken rule); one line per problem on
 *       standard error, naming the file and the JSON path or line;</li>
 *   <li>2: the command line itself is wrong (an unknown option or command);</li>
 *   <li>3: an unexpected failure inside the tool, such as running out of memory: one line on standard
 *       error, never a stack trace (for memory, naming the input being read and how to give Java more).</li>
 * </ul>
 *
 * <p>Everything written to standard output and standard error goes through {@link TerminalText}, so that
 * control characters and bidirectional overrides in a file are shown escaped, never sent to the terminal.
 */
@Command(name = "coproduction", mixinStandardHelpOptions = true, version = "coproduction 0.1.0-SNAPSHOT",
        description = "Model and measure co-production in adult social care.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (a line per problem on standard error)",
            "2:wrong command line", "3:unexpected failure"})
public final class CoproductionCommand implements Runnable {

    /**
     * The tool's commands, in the order its help lists them. They are not in the {@code @Command} annotation
     * because picocli builds the model of every listed command (reading all their fields and annotations) before
     * running one; {@link #run} adds only the command named first on the command line, which saves a noticeable
     * part of a one-shot command's start-up. A new command goes in this list.
     */
    static final List<Class<?>> COMMANDS = List.of(LaddersCommand.class, ValidateCommand.class, SchemaCommand.class,
            QuestionsCommand.class, AssessCommand.class, RecompenseCommand.class, MeasureCommand.class,
            ReportCommand.class, AuditCommand.class, SuppressCommand.class);

    /** Exit code: the input is invalid. */
    static final int INVALID_INPUT = 1;
    /** Exit code: the tool failed unexpectedly. */
    static final int FAILURE = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args  the command line
     */
    public static void main(String[] args) {
        // Picocli looks up its converters for java.time and java.sql types by reflection each time it builds a
        // command, a noticeable part of a one-shot command's start-up. The tool has no option of those types but
        // LocalDate, whose converter it registers itself (CoproductionCommandTest keeps it so). Set here, not in
        // run, so that a host embedding the tool keeps its own system properties.
        System.getProperties().putIfAbsent("picocli.converters.excludes", "java\\.(time|sql)\\..*");
        System.exit(run(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the tool with the given streams, for embedding and tests.
     *
     * @param in  standard input
     * @param terminalOut  standard output
     * @param terminalErr  standard error
     * @param args  the command line
     * @return the exit code
     */
    public static int run(InputStream in, PrintWriter terminalOut, PrintWriter terminalErr, String... args) {
        PrintWriter out = TerminalText.writer(terminalOut);
        PrintWriter err = TerminalText.writer(terminalErr);
        CommandLine cli = new CommandLine(new CoproductionCommand());
        for (Class<?> command : commandsFor(args)) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        // Help in plain text: colours are escape codes, which TerminalText would show escaped.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(LocalDate.class, new DateConverter());
        cli.registerConverter(OutputFormat.class, new OutputFormat.Converter());
        Failures failures = new Failures(err);
        cli.setParameterExceptionHandler(failures);
        cli.setExecutionExceptionHandler(failures);
        List<InputFiles> inputs = new ArrayList<>();
        inject(cli, in, inputs);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the handler above; errors come out here.
            err.println(outOfMemory(inputs));
            code = FAILURE;
        } catch (RuntimeException | Error e) {
            err.println(unexpected(e));
            code = FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The commands to build for this command line: only the one named when the line starts with a command's
     * name; all of them otherwise, so that the tool's help, its suggestions for a mistyped command and the error
     * for a missing one still list every command.
     *
     * @param args  the command line
     * @return the command classes to add, not empty
     */
    static List<Class<?>> commandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    private static void inject(CommandLine command, InputStream in, List<InputFiles> inputs) {
        for (CommandLine.Model.CommandSpec mixin : command.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof InputFiles) {
                InputFiles files = (InputFiles) mixin.userObject();
                files.set(in);
                inputs.add(files);
            }
        }
        for (CommandLine subcommand : command.getSubcommands().values()) {
            inject(subcommand, in, inputs);
        }
    }

    /**
     * What the tool prints when a command cannot run: for a wrong command line, its message and where to find
     * help rather than the whole usage (exit code 2); for invalid input, a line per problem (1); for anything
     * else, one line (3).
     *
     * <p>This class, the converters the tool registers and the loops that wire them take the place of lambdas on
     * purpose. Picocli's types are compiled for Java 5, and a lambda implementing one of them (or passing one)
     * makes the JVM link it while it writes the class-data-sharing archive; it then leaves that type, and every
     * class that uses it, out of the archive, to be read and verified from the jar at every start.
     */
    private static final class Failures
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        private final PrintWriter err;

        Failures(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine wrong = e.getCommandLine();
            err.println(e.getMessage());
            if (!(e instanceof CommandLine.UnmatchedArgumentException)
                    || !CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                err.println("See '" + wrong.getCommandSpec().qualifiedName() + " --help'.");
            }
            return wrong.getCommandSpec().exitCodeOnInvalidInput();
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
            if (e instanceof InvalidInputException) {
                err.println(e.getMessage());
                return INVALID_INPUT;
            }
            if (e instanceof ValidationException) {
                InvalidInputException.of("<input>", (ValidationException) e).getMessage().lines().forEach(err::println);
                return INVALID_INPUT;
            }
            err.println(unexpected(e));
            return FAILURE;
        }
    }

    /** One line for a failure the tool did not expect: its kind and message, without the stack trace. */
    static String unexpected(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return "coproduction: unexpected failure: " + e.getClass().getSimpleName() + message;
    }

    /**
     * One line for running out of memory: the input being read (only one command runs, so at most one
     * input is being read) and how to give Java more, with the limit it had.
     */
    static String outOfMemory(List<InputFiles> inputs) {
        String reading = inputs.stream().map(InputFiles::reading).filter(Objects::nonNull).findFirst()
                .map(name -> " reading " + name).orElse("");
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "coproduction: out of memory" + reading + " (Java may use " + megabytes + " MB); give Java more "
                + "memory, such as JAVA_OPTS=-Xmx4g with bin/coproduction, or java -Xmx4g -jar with the jar";
    }

    @Override
    public void run() {
        throw missingSubcommand(spec);
    }

    /**
     * The error for a command group run without one of its commands: exit code 2, naming the commands.
     *
     * @param spec  the group's command spec
     * @return the exception to throw, not null
     */
    static CommandLine.ParameterException missingSubcommand(CommandLine.Model.CommandSpec spec) {
        return new CommandLine.ParameterException(spec.commandLine(), "Name a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Reads a document of a type, turning bad input into one line per problem.
     *
     * @param <T>  the type
     * @param input  the document
     * @param type  the type to read
     * @return the value
     */
    static <T> T readDocument(Input input, Class<T> type) {
        try {
            return CoproductionJson.read(input.text(), type);
        } catch (ValidationException e) {
            throw InvalidInputException.of(input.name(), e);
        }
    }
}
