package dev.knots.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Whether a file or folder may be trusted with what knots loads or records: owned by this user and
 * writable by no one else. Another user who can write the cache could plant code that runs as you;
 * one who can write the state folder could read or change your health records.
 */
public final class Trust {
  private static final Set<PosixFilePermission> OTHERS_WRITE =
      Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private static Trust system;

  /** The owner id this process runs as; -1 where the platform does not tell (no POSIX). */
  private final long me;

  /** Tests stand in for another user by giving a different id. */
  public Trust(long me) {
    this.me = me;
  }

  /** This process: its user id as the kernel shows it on /proc/self (Linux) or a file it makes. */
  public static synchronized Trust system() {
    if (system == null) {
      system = new Trust(currentUid());
    }
    return system;
  }

  /** The user id this judges for. */
  public long uid() {
    return me;
  }

  /**
   * Why {@code path} must not be trusted, or null when it may be (or does not exist, or the file
   * system has no owners). Symbolic links are followed: a link to a folder of your own is fine.
   */
  public String problem(Path path) throws IOException {
    return problem(path, false);
  }

  /** As {@link #problem(Path)}, but a symbolic link itself is a problem (a file to be written). */
  public String problemNoLinks(Path path) throws IOException {
    return problem(path, true);
  }

  private String problem(Path path, boolean noLinks) throws IOException {
    if (me < 0 || !path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      return null;
    }
    LinkOption[] options =
        noLinks ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
    if (!Files.exists(path, options)) {
      return null;
    }
    PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, options);
    if (attributes.isSymbolicLink()) {
      return "is a symbolic link";
    }
    Object owner = Files.getAttribute(path, "unix:uid", options);
    if (owner instanceof Integer uid && uid != me) {
      return "belongs to another user (" + attributes.owner().getName() + ")";
    }
    for (PosixFilePermission p : attributes.permissions()) {
      if (OTHERS_WRITE.contains(p)) {
        return "can be written by other users";
      }
    }
    return null;
  }

  /** Creates a folder and any missing parents private to the user (0700) where POSIX allows. */
  public static Path createFolders(Path dir) throws IOException {
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    return Files.createDirectories(dir);
  }

  private static long currentUid() {
    try {
      Path self = Path.of("/proc/self");
      if (Files.isDirectory(self)) {
        return ((Integer) Files.getAttribute(self, "unix:uid")).longValue();
      }
      Path probe = Files.createTempFile("knots-uid", ".tmp");
      try {
        return ((Integer) Files.getAttribute(probe, "unix:uid")).longValue();
      } finally {
        Files.deleteIfExists(probe);
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
