package org.coproduction.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.examples.schema.JsonSchemas;

/**
 * The published JSON Schema files: one {@code <document>.schema.json} per {@link DocumentType}, generated
 * from the Java types. The build runs {@link #main} to put them in {@code examples/target/schemas} and zips
 * them as the {@code schemas} artifact; the same files are committed under {@code schemas/} in the
 * repository, and a test fails when those differ from what this class generates.
 */
public final class SchemaFiles {

    private SchemaFiles() {
    }

    /**
     * Writes every document type's schema to a folder.
     *
     * @param args  one argument: the folder, created if needed
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Expected one argument, the folder to write the schemas to; got "
                    + args.length);
        }
        write(Path.of(args[0]), List.of(DocumentType.values()));
    }

    /**
     * The name of a document type's schema file, such as {@code ladder.schema.json}.
     *
     * @param type  the document type, not null
     * @return the file name, not null
     */
    public static String fileName(DocumentType type) {
        return type.id() + ".schema.json";
    }

    /**
     * The text of a document type's schema file: the schema, pretty-printed, ending in a newline.
     *
     * @param type  the document type, not null
     * @return the file's text, not null
     */
    public static String text(DocumentType type) {
        return JsonSchemas.schemaOf(type.javaType()).toPrettyString() + "\n";
    }

    /**
     * Writes the schema files of some document types to a folder, replacing files of the same name.
     *
     * @param folder  the folder, created if needed, not null
     * @param types  the document types, not null
     * @return the files written, in the order of {@code types}
     * @throws IOException if the folder or a file cannot be written
     */
    public static List<Path> write(Path folder, List<DocumentType> types) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (DocumentType type : types) {
            Path file = folder.resolve(fileName(type));
            Files.writeString(file, text(type), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
