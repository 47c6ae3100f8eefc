package dev.knots.platform;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A file the build compiles from YAML so that a run reads it without a YAML parser (the triage
 * catalogue, the bundled routines): a frame of magic number, format version, length and CRC-32
 * around the body, so that a stale, cut or changed file is refused with its reason instead of read
 * as something else; and the value helpers both bodies use.
 *
 * @param what the file's kind in messages, e.g. "triage catalogue"
 */
public record CompiledFile(int magic, int version, String what) {
  private static final int MAX_LENGTH = 1 << 24;

  /** Reads a body: what {@link #body} gives, turned into the file's records. */
  @FunctionalInterface
  public interface Decoder<T> {
    T read(DataInput in) throws IOException;
  }

  /**
   * Reads a compiled file that ships in the jar, next to {@code owner}. Missing or broken, it is a
   * bug of the build: fails loudly.
   */
  public <T> T readResource(Class<?> owner, String name, Decoder<T> decoder) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the " + what + " " + name + " is missing from the jar");
      }
      return decoder.read(new DataInputStream(new BufferedInputStream(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the " + what + " " + name + ": " + e.getMessage(), e);
    }
  }

  /** Writes the frame and then the body. */
  public void write(byte[] body, DataOutput out) throws IOException {
    out.writeInt(magic);
    out.writeInt(version);
    out.writeInt(body.length);
    out.writeInt(checksum(body));
    out.write(body);
  }

  /** Checks the frame {@link #write} wrote and gives its body to read. */
  public DataInputStream body(DataInput in) throws IOException {
    byte[] body;
    try {
      int found = in.readInt();
      if (found != magic) {
        throw corrupt("not a " + what + " (magic " + Integer.toHexString(found) + ")");
      }
      int foundVersion = in.readInt();
      if (foundVersion != version) {
        throw corrupt("format version " + foundVersion + ", this knots reads " + version);
      }
      int length = in.readInt();
      int checksum = in.readInt();
      if (length < 0 || length > MAX_LENGTH) {
        throw corrupt("impossible length " + length);
      }
      body = new byte[length];
      in.readFully(body);
      if (checksum(body) != checksum) {
        throw corrupt("checksum mismatch");
      }
    } catch (EOFException e) {
      throw corrupt("truncated");
    }
    return new DataInputStream(new ByteArrayInputStream(body));
  }

  /** Checks that the whole body was read. */
  public void end(DataInputStream body) throws IOException {
    if (body.available() != 0) {
      throw corrupt(body.available() + " bytes left over");
    }
  }

  /** The error for a body that does not read as this kind of file. */
  public IOException corrupt(String why) {
    return new IOException("corrupt " + what + ": " + why);
  }

  /** A count written with {@code writeInt}; never negative. */
  public int count(DataInput in) throws IOException {
    int count = in.readInt();
    if (count < 0) {
      throw corrupt("negative count " + count);
    }
    return count;
  }

  public static void writeStrings(List<String> strings, DataOutput out) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  public List<String> readStrings(DataInput in) throws IOException {
    List<String> strings = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      strings.add(in.readUTF());
    }
    return strings;
  }

  /**
   * An enum constant written by name, found by a scan: a name this build does not know (a stale
   * file) reads as a corrupt file, and a reordered enum cannot shift a value to another constant.
   */
  public <E extends Enum<E>> E constant(E[] all, String name) throws IOException {
    for (E e : all) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw corrupt("unknown " + all[0].getDeclaringClass().getSimpleName() + " " + name);
  }

  private static int checksum(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    return (int) crc.getValue();
  }
}
