package dev.knots.routine;

import dev.knots.platform.Trust;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON Schema (draft-07) of the routine format, shipped in the jar. */
public final class RoutineSchema {
  private static final String RESOURCE = "/dev/knots/routine/routine.schema.json";

  /** The first line of user routine files: the schema copy next to the user routines folder. */
  public static final String USER_SCHEMA_LINE =
      "# yaml-language-server: $schema=../schema/routine.schema.json";

  private static final String SCHEMA_LINE_START = "# yaml-language-server:";

  private RoutineSchema() {}

  /** The schema as JSON text. */
  public static String text() {
    try (InputStream in = RoutineSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the routine schema is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the copy for editors lives: {@code ../schema/routine.schema.json} from the routines. */
  public static Path userCopy(Path userRoutinesDir) {
    return userRoutinesDir.toAbsolutePath().resolveSibling("schema").resolve("routine.schema.json");
  }

  /** Writes or refreshes the editors' copy of the schema; returns where it is. */
  public static Path installFor(Path userRoutinesDir) throws IOException {
    Path file = userCopy(userRoutinesDir);
    String schema = text();
    if (!Files.isRegularFile(file) || !Files.readString(file).equals(schema)) {
      Trust.createFolders(file.getParent());
      Files.writeString(file, schema, StandardCharsets.UTF_8);
    }
    return file;
  }

  /** The text with its schema line (if any) pointing at the user copy instead. */
  public static String withUserSchemaLine(String text) {
    if (text.startsWith(SCHEMA_LINE_START)) {
      int end = text.indexOf('\n');
      return USER_SCHEMA_LINE + (end < 0 ? "\n" : text.substring(end));
    }
    return USER_SCHEMA_LINE + "\n" + text;
  }
}
