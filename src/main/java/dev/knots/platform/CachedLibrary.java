package dev.knots.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;

/**
 * A native library kept in the user's cache folder. SQLite's and JLine's loaders unpack theirs into
 * the temp folder on every start (and compare it byte by byte); a copy kept here is loaded
 * directly, and nothing is left in the temp folder by a run that ends abruptly. A copy is loaded
 * only when its folders and file are private to this user and it still has the size and SHA-256 it
 * had when unpacked from the jar; otherwise it is unpacked again.
 */
public final class CachedLibrary {
  private CachedLibrary() {}

  /**
   * The folder, under {@code cacheDir}, that holds {@code fileName} for this library version and
   * platform, unpacked from {@code resource} the first time; null when that cannot be done (the
   * caller's library then unpacks as usual, only slower).
   *
   * @param resource found only when the copy is made: finding it can cost a child process
   */
  public static Path folder(
      Path cacheDir, String library, String version, String fileName, Supplier<URL> resource) {
    if (version == null || !version.matches("[0-9A-Za-z.-]+")) {
      return null;
    }
    try {
      Path versioned = cacheDir.resolve(library + "-" + version);
      Path dir = versioned.resolve(platform());
      Path file = dir.resolve(fileName);
      Path sum = dir.resolve(fileName + SUM);
      // the cache root was judged by LibraryCache; what lies below it must be as private
      Trust trust = Trust.system();
      if (trust.problem(versioned) != null
          || trust.problem(dir) != null
          || trust.problemNoLinks(file) != null
          || trust.problemNoLinks(sum) != null) {
        return null;
      }
      if (!intact(file, sum)) {
        URL source = resource.get();
        if (source == null) {
          return null;
        }
        unpack(source, dir, file, sum);
      }
      return dir;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The file beside a library that holds its size and SHA-256, recorded when it was unpacked. */
  private static final String SUM = ".sha256";

  /**
   * Whether the library is the one unpacked from the jar: same size and SHA-256 as recorded then. A
   * truncated or changed library would crash the JVM (SIGBUS) or run foreign code when loaded.
   */
  static boolean intact(Path file, Path sum) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(sum, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String[] recorded =
        new String(SmallFile.read(sum, 200), StandardCharsets.US_ASCII).strip().split(" ");
    if (recorded.length != 2 || !recorded[0].equals(Long.toString(Files.size(file)))) {
      return false;
    }
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return recorded[1].equals(hex(digest.digest()));
  }

  /** This JVM's operating system and processor, as a folder name. */
  public static String platform() {
    String platform = System.getProperty("os.name") + "-" + System.getProperty("os.arch");
    return platform.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /**
   * Writes a private temporary copy and moves it in place, so a reader never sees half a file; then
   * records its size and SHA-256 beside it.
   */
  private static void unpack(URL source, Path dir, Path file, Path sum) throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    Files.createDirectories(dir, attributes(posix, "rwx------"));
    MessageDigest digest = sha256();
    long size;
    Path temp = Files.createTempFile(dir, ".library-", ".tmp", attributes(posix, "rwx------"));
    try {
      // written into the private temporary file: Files.copy would make a new one, 0644
      try (InputStream in = new DigestInputStream(source.openStream(), digest);
          OutputStream out = Files.newOutputStream(temp)) {
        size = in.transferTo(out);
      }
      move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
    Path record = Files.createTempFile(dir, ".sum-", ".tmp", attributes(posix, "rw-------"));
    try {
      Files.writeString(
          record, size + " " + hex(digest.digest()) + "\n", StandardCharsets.US_ASCII);
      move(record, sum);
    } finally {
      Files.deleteIfExists(record);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return out.toString();
  }

  private static FileAttribute<?>[] attributes(boolean posix, String permissions) {
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
