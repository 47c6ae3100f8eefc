package dev.knots.routine;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.knots.body.Area;
import dev.knots.body.Suggestions;
import dev.knots.platform.Trust;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The search path: the user's routines first, then the bundled ones. A user file with the same NAME
 * replaces the bundled routine. The folder is read once, on first use.
 */
public final class RoutineLibrary {
  private final Path userRoutinesDir;
  private final RoutineLoader loader;
  private Scan scan;

  /** The last scan for one area: its user files were all read, so its invalid ones are known. */
  private Scan areaScan;

  /** What the folders held: loaded routines, replaced ones, and files that failed. */
  private record Scan(
      List<LocatedRoutine> inForce,
      List<LocatedRoutine> shadowed,
      List<InvalidRoutineFile> invalid) {}

  public RoutineLibrary(Path userRoutinesDir) {
    this(userRoutinesDir, new RoutineLoader());
  }

  public RoutineLibrary(Path userRoutinesDir, RoutineLoader loader) {
    this.userRoutinesDir = Objects.requireNonNull(userRoutinesDir);
    this.loader = Objects.requireNonNull(loader);
  }

  public Path userRoutinesDir() {
    return userRoutinesDir;
  }

  /** Every routine in force, by area (catalogue order) then NAME. */
  public List<LocatedRoutine> inForce() {
    return scan().inForce();
  }

  /** Bundled routines that a user file of the same NAME replaces. */
  public List<LocatedRoutine> shadowed() {
    return scan().shadowed();
  }

  /** Files in the search path that are not valid routines, with their problems. */
  public List<InvalidRoutineFile> invalid() {
    return scan().invalid();
  }

  /** The routine in force with this NAME (case-insensitive); never matches a path. */
  public Optional<LocatedRoutine> byName(String name) {
    return RoutineNames.normalize(name)
        .flatMap(n -> inForce().stream().filter(r -> r.name().equals(n)).findFirst());
  }

  /**
   * The routines in force for an area, by NAME. Before a whole scan, only that area's bundled
   * routines are taken; user files are all read, as a user file of any name may be for this area or
   * replace a bundled one.
   */
  public List<LocatedRoutine> forArea(Area area) {
    Scan source = scan != null ? scan : (areaScan = load(BundledRoutines.forArea(area)));
    return source.inForce().stream().filter(r -> r.routine().area() == area).toList();
  }

  /**
   * The user file of this NAME that is not a valid routine, if there is one: it would have replaced
   * a bundled routine of that NAME or been the one asked for, so its problems are what to report.
   */
  public Optional<InvalidRoutineFile> invalidUserFile(String name) {
    return RoutineNames.normalize(name)
        .flatMap(n -> invalidUserFiles().stream().filter(f -> f.name().equals(n)).findFirst());
  }

  /** The user's files that are not valid routines (read by whichever scan ran last). */
  public List<InvalidRoutineFile> invalidUserFiles() {
    Scan source = scan != null ? scan : areaScan != null ? areaScan : scan();
    return source.invalid().stream().filter(f -> f.origin() == LocatedRoutine.Origin.USER).toList();
  }

  /** Every NAME in force, for "did you mean". */
  public List<String> names() {
    return inForce().stream().map(LocatedRoutine::name).toList();
  }

  /**
   * Why {@code name} names no routine, with the fix: the NAME rule, or "did you mean" and the list.
   */
  public String whyUnknown(String name) {
    String valid = String.join(", ", names());
    if (RoutineNames.normalize(name).isEmpty()) {
      return "a routine NAME "
          + RoutineNames.rule(name)
          + ", not '"
          + name
          + "' - use one of: "
          + valid;
    }
    return "no routine named '"
        + name
        + "' - "
        + Suggestions.closest(name, names()).map(s -> "did you mean '" + s + "'? ").orElse("")
        + "use one of: "
        + valid;
  }

  /** The bundled routine with this NAME, whether or not a user file replaces it. */
  public Optional<LocatedRoutine> bundled(String name) {
    return RoutineNames.normalize(name)
        .flatMap(
            n ->
                Stream.concat(inForce().stream(), shadowed().stream())
                    .filter(r -> r.origin() == LocatedRoutine.Origin.BUNDLED && r.name().equals(n))
                    .findFirst());
  }

  /** The user file a routine with this NAME would live in. */
  public Path userFile(String name) {
    return userRoutinesDir.resolve(name + ".yaml");
  }

  /**
   * Copies the bundled file of this NAME to {@link #userFile}, to be edited: as shipped, but with
   * the schema line of the user's folder. False when no bundled routine has this NAME.
   *
   * @throws FileAlreadyExistsException when a file or link is in the way: never written through a
   *     link (dangling or not) or over a file
   */
  public boolean copyBundled(String name) throws IOException {
    Optional<byte[]> content = BundledRoutines.content(name);
    if (content.isEmpty()) {
      return false;
    }
    Path target = userFile(name);
    Trust.createFolders(target.getParent());
    String text = RoutineSchema.withUserSchemaLine(new String(content.get(), UTF_8));
    Files.writeString(target, text, UTF_8, StandardOpenOption.CREATE_NEW);
    return true;
  }

  /**
   * Where a new routine of this NAME goes: its {@code .yml} file if one exists, else {@link
   * #userFile}.
   */
  public Path newFile(String name) {
    Path yml = userRoutinesDir.resolve(name + ".yml");
    return Files.exists(yml) ? yml : userFile(name);
  }

  /**
   * Writes the commented routine for NAME and area ({@link RoutineScaffold}) to {@code file}, never
   * over a file or through a link, and the schema copy into the user's folder.
   */
  public void writeScaffold(Path file, String name, Area area) throws IOException {
    Trust.createFolders(file.getParent());
    Files.writeString(
        file,
        RoutineScaffold.text(name, area),
        UTF_8,
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    RoutineSchema.installFor(userRoutinesDir);
  }

  /** The user's own file for this NAME ({@code .yaml} or {@code .yml}), valid or not. */
  public Optional<Path> ownFile(String name) {
    for (String ext : List.of(".yaml", ".yml")) {
      Path candidate = userRoutinesDir.resolve(name + ext);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private Scan scan() {
    if (scan == null) {
      scan = load(BundledRoutines.all());
    }
    return scan;
  }

  /** Takes these bundled routines and loads every user file. */
  private Scan load(List<LocatedRoutine> bundled) {
    Map<String, LocatedRoutine> byName = new LinkedHashMap<>();
    List<InvalidRoutineFile> invalid = new ArrayList<>();
    for (LocatedRoutine routine : bundled) {
      byName.put(routine.name(), routine);
    }
    List<LocatedRoutine> shadowed = new ArrayList<>();
    Map<String, Path> userNames = new LinkedHashMap<>();
    for (Path file : userFiles(invalid)) {
      String name = RoutineNames.idOf(file);
      Path earlier = userNames.putIfAbsent(name, file);
      if (earlier != null) {
        invalid.add(
            new InvalidRoutineFile(
                file,
                LocatedRoutine.Origin.USER,
                List.of(
                    new Problem(
                        file.toString(),
                        0,
                        0,
                        "another file, "
                            + earlier.getFileName()
                            + ", has the same routine name - remove or rename one of them"))));
        continue;
      }
      try {
        Routine routine = loader.load(file);
        LocatedRoutine replaced =
            byName.put(name, new LocatedRoutine(routine, LocatedRoutine.Origin.USER, file));
        if (replaced != null) {
          shadowed.add(replaced);
        }
      } catch (RoutineException e) {
        invalid.add(new InvalidRoutineFile(file, LocatedRoutine.Origin.USER, e.problems()));
      }
    }
    List<LocatedRoutine> inForce = new ArrayList<>(byName.values());
    inForce.sort(RoutineLibrary::order);
    return new Scan(List.copyOf(inForce), List.copyOf(shadowed), List.copyOf(invalid));
  }

  /**
   * By area (catalogue order), then NAME. Written out: {@code Comparator.comparing}'s lambdas are
   * serializable, which the class-data archive leaves out, so every run generated them (3 ms).
   */
  private static int order(LocatedRoutine a, LocatedRoutine b) {
    int byArea = a.routine().area().compareTo(b.routine().area());
    return byArea != 0 ? byArea : a.name().compareTo(b.name());
  }

  /** The user folder's routine files in name order; a missing folder is simply empty. */
  private List<Path> userFiles(List<InvalidRoutineFile> invalid) {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(userRoutinesDir)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(userRoutinesDir)) {
      for (Path p : stream) {
        if (RoutineNames.isRoutineFile(p) && !Files.isDirectory(p)) {
          files.add(p);
        }
      }
    } catch (NoSuchFileException e) {
      return files;
    } catch (IOException e) {
      invalid.add(
          new InvalidRoutineFile(
              userRoutinesDir,
              LocatedRoutine.Origin.USER,
              List.of(
                  new Problem(
                      userRoutinesDir.toString(),
                      0,
                      0,
                      "the user routines folder can't be read - check its permissions"))));
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return files;
  }
}
