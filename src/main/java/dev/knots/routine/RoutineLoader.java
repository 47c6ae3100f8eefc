package dev.knots.routine;

import dev.knots.platform.PathLength;
import dev.knots.platform.SmallFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads routine files: checks size and encoding, parses the YAML safely, and turns it into a {@link
 * Routine} or a {@link RoutineException} listing every problem as {@code file:line:column: what is
 * wrong - how to fix it}. Thread-safe and cheap to create; the YAML machinery is shared.
 */
public final class RoutineLoader {
  /** Larger files are refused before parsing (256 KiB). */
  public static final int MAX_BYTES = 256 * 1024;

  /** More problems than this in one file are cut short: the first ones are what to fix. */
  static final int MAX_PROBLEMS = 30;

  /** Bundled routines: pressing steps must say their position and what they rest on. */
  private final boolean placeRequired;

  public RoutineLoader() {
    this(false);
  }

  private RoutineLoader(boolean placeRequired) {
    this.placeRequired = placeRequired;
  }

  /** The loader for the files knots ships: stricter, as precautions depend on every step. */
  static RoutineLoader forBundled() {
    return new RoutineLoader(true);
  }

  /** Reads and parses a routine file; its NAME is the file name without extension. */
  public Routine load(Path file) throws RoutineException {
    return load(file, file.toString());
  }

  /** Reads and parses a routine file, naming it {@code shown} in messages. */
  public Routine load(Path file, String shown) throws RoutineException {
    byte[] content = read(file, shown);
    return parse(shown, content, RoutineNames.idOf(file));
  }

  /**
   * Parses routine content.
   *
   * @param displayName how the file is named in messages
   * @param routineId the routine's NAME (file name without extension); must be well-formed
   */
  public Routine parse(String displayName, byte[] content, String routineId)
      throws RoutineException {
    List<Problem> problems = new ArrayList<>();
    if (routineId != null && routineId.length() > RoutineNames.MAX_LENGTH) {
      problems.add(
          new Problem(
              displayName,
              0,
              0,
              "the file name is "
                  + routineId.length()
                  + " characters before .yaml; a routine name is at most "
                  + RoutineNames.MAX_LENGTH
                  + " - rename the file to a shorter name"));
    } else if (!RoutineNames.isValid(routineId)) {
      problems.add(
          new Problem(
              displayName,
              0,
              0,
              "the file name '"
                  + routineId
                  + "' is not a routine name - rename the file to lower-case words and dashes,"
                  + " such as "
                  + suggestedName(routineId)
                  + ".yaml"));
    }
    if (content.length > MAX_BYTES) {
      problems.add(
          new Problem(
              displayName,
              0,
              0,
              "the file is "
                  + kib(content.length)
                  + " KiB; a routine file may be at most 256 KiB - split it into smaller"
                  + " routines"));
      throw new RoutineException(problems);
    }
    String text;
    try {
      text = decode(displayName, content);
    } catch (BadText e) {
      problems.add(e.problem);
      throw new RoutineException(problems);
    }
    YamlNode root;
    try {
      root = new YamlTreeReader(displayName, problems).read(text);
    } catch (YamlTreeReader.Fatal e) {
      problems.add(e.problem);
      throw new RoutineException(limited(problems));
    }
    if (root == null) {
      problems.add(
          new Problem(
              displayName,
              1,
              1,
              "the file is empty - a routine needs at least name, area and steps"
                  + " (see 'knots routines new')"));
      throw new RoutineException(problems);
    }
    RoutineBinder binder = new RoutineBinder(displayName, problems).source(text);
    Routine routine =
        (placeRequired ? binder.requirePlace() : binder).bind(root, routineId).orElse(null);
    if (!problems.isEmpty() || routine == null) {
      throw new RoutineException(limited(problems));
    }
    return routine;
  }

  /** Problems in file order (no-position ones first), cut to a readable number. */
  private static List<Problem> limited(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    if (sorted.size() <= MAX_PROBLEMS) {
      return sorted;
    }
    Problem first = sorted.get(0);
    List<Problem> cut = new ArrayList<>(sorted.subList(0, MAX_PROBLEMS));
    cut.add(
        new Problem(
            first.file(),
            0,
            0,
            (sorted.size() - MAX_PROBLEMS) + " more problems not shown - fix these first"));
    return cut;
  }

  private static byte[] read(Path file, String shown) throws RoutineException {
    try {
      // a FIFO would block the open forever and a device never ends: neither is opened
      SmallFile.check(file);
    } catch (SmallFile.NotRegularException e) {
      throw new UnreadableRoutineException(
          shown, "is " + e.what() + ", not a routine file - name a .yaml file", null);
    } catch (IOException e) {
      // reported below, in the words of the read
    }
    try (InputStream in = Files.newInputStream(file)) {
      // read one byte past the limit: enough to know it is too big, never the whole of a huge file
      byte[] head = in.readNBytes(MAX_BYTES + 1);
      if (head.length > MAX_BYTES) {
        long size = Files.size(file);
        throw new RoutineException(
            List.of(
                new Problem(
                    shown,
                    0,
                    0,
                    "the file is "
                        + kib(size)
                        + " KiB; a routine file may be at most 256 KiB - split it into smaller"
                        + " routines")));
      }
      return head;
    } catch (NoSuchFileException e) {
      throw new UnreadableRoutineException(shown, "no such file - check the name and folder", e);
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw new UnreadableRoutineException(
            shown, "is a folder, not a routine file - name a .yaml file", null);
      }
      if (PathLength.tooLong(file)) {
        throw new UnreadableRoutineException(shown, PathLength.TOO_LONG, e);
      }
      throw new UnreadableRoutineException(
          shown,
          "cannot be read (" + e.getClass().getSimpleName() + ") - check its permissions",
          e);
    }
  }

  private static long kib(long bytes) {
    return (bytes + 1023) / 1024;
  }

  private static String suggestedName(String id) {
    String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "my-routine" : s;
  }

  /** Text that is not UTF-8, or holds characters no routine has. */
  private static final class BadText extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    BadText(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }
  }

  /** Strict UTF-8 with an optional BOM; positions of bad bytes and control characters. */
  private static String decode(String shown, byte[] content) throws BadText {
    int start = 0;
    if (content.length >= 3
        && (content[0] & 0xFF) == 0xEF
        && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    String ascii = asciiText(shown, content, start);
    if (ascii != null) {
      return ascii;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      int[] at = position(out);
      throw new BadText(
          new Problem(
              shown,
              at[0],
              at[1],
              "invalid UTF-8 (byte 0x"
                  + String.format(Locale.ROOT, "%02X", content[in.position()] & 0xFF)
                  + ") - is this a text file? Save the routine as UTF-8 text"));
    }
    try {
      result = decoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new BadText(new Problem(shown, 0, 0, "invalid UTF-8 - save the file as UTF-8 text"));
    }
    out.flip();
    String text = out.toString();
    checkCharacters(shown, text);
    return text;
  }

  /**
   * Most routine files are plain ASCII: then one pass over the bytes checks them and the text is
   * made without a decoder. Returns null when the file has other bytes (the UTF-8 path decides).
   */
  private static String asciiText(String shown, byte[] content, int start) throws BadText {
    for (int i = start; i < content.length; i++) {
      byte b = content[i];
      if (b < 0) {
        return null;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
        // a control character: let the full check name it and its place
        return null;
      }
    }
    return new String(content, start, content.length - start, StandardCharsets.US_ASCII);
  }

  /** YAML allows only printable characters; binary files fail here with a clear message. */
  private static void checkCharacters(String shown, String text) throws BadText {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0x7E)
              || c == 0x85
              || (c >= 0xA0 && c <= 0xFFFD && c != 0xFEFF);
      if (!allowed) {
        int[] at = position(CharBuffer.wrap(text, 0, i));
        throw new BadText(
            new Problem(
                shown,
                at[0],
                at[1],
                "control character U+"
                    + String.format(Locale.ROOT, "%04X", (int) c)
                    + " - this does not look like a text file; save the routine as UTF-8 text"));
      }
    }
  }

  /** Line and column (1-based) just after the given text. */
  private static int[] position(CharSequence before) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
