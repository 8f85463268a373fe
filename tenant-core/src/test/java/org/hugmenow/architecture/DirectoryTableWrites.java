package org.hugmenow.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory's tables (person, team, team_member) are written only by tenant-core's directory
 * persistence; everyone else goes through the Directory port. ArchUnit cannot see SQL text, so this
 * reads the sources.
 */
public final class DirectoryTableWrites {

    static final Pattern WRITE = Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+(person|team|team_member)\\b");

    /** Where the directory keeps its own SQL, relative to the project root. */
    static final Path OWNER = Path.of("tenant-core", "src", "main", "java", "org", "hugmenow", "tenant", "directory", "persistence");

    private DirectoryTableWrites() {
    }

    public static boolean writesDirectoryTables(String source) {
        return WRITE.matcher(source).find();
    }

    /** Production sources under {@code projectRoot} that write the directory's tables outside its persistence. */
    public static List<Path> writersOutsideTheDirectory(Path projectRoot) {
        try (Stream<Path> files = Files.walk(projectRoot)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> projectRoot.relativize(f).toString().contains("/src/main/java/"))
                    .filter(f -> !projectRoot.relativize(f).startsWith(OWNER))
                    .filter(f -> writesDirectoryTables(read(f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
