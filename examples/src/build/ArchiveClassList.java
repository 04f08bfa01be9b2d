import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A build step for the command-line tool's class-data-sharing archive (examples/pom.xml, "cli-archive-list"):
 * removes from the tool's class list the lines that ask the JVM to resolve classes' constants while it writes
 * the archive ({@code @cp ...}, which JDK 24 and later write). Picocli is compiled for Java 5; resolving its
 * constants, or those of a class of the tool that implements one of its interfaces, links its classes, and the
 * JVM leaves a linked class of that age out of the archive, so every start would read and verify about 130 of
 * them from the jar again. Without those lines they are archived like the rest; resolving the other classes'
 * constants ahead was measured to make no difference to the tool's start beyond the noise. Earlier JDKs write
 * no such lines, and the list is then left as it is; with no list at all there is nothing to do.
 *
 * <p>Run with the JDK's source launcher: {@code java ArchiveClassList.java target/cli.classlist}.
 */
public final class ArchiveClassList {

    private ArchiveClassList() {
    }

    public static void main(String[] args) throws IOException {
        Path list = Path.of(args[0]);
        if (!Files.exists(list)) {
            return;  // a JDK without class-data sharing wrote no list, and the build goes on without an archive
        }
        List<String> kept = Files.readAllLines(list).stream()
                .filter(line -> !line.startsWith("@cp "))
                .collect(Collectors.toList());
        Files.write(list, kept);
    }
}
