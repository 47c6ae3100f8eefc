package dev.knots.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFileTest {
  @TempDir Path dir;

  private boolean posix() {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void should_replace_a_readable_file_with_one_only_its_owner_can_read() throws Exception {
    assumeThat(posix()).isTrue();
    Path file = dir.resolve("report.md");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    PrivateFile.write(file, "new");

    assertThat(file).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(dir).isDirectoryNotContaining("glob:**/.knots-*");
  }

  @Test
  void should_replace_a_symlink_rather_than_write_through_it() throws Exception {
    Path target = dir.resolve("someone-elses.txt");
    Files.writeString(target, "theirs");
    Path link = dir.resolve("report.md");
    Files.createSymbolicLink(link, target);

    PrivateFile.write(link, "mine");

    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(link).hasContent("mine");
    assertThat(target).hasContent("theirs");
  }

  @Test
  void should_fail_and_leave_nothing_when_the_folder_does_not_exist() {
    Path file = dir.resolve("nowhere").resolve("report.md");

    assertThatThrownBy(() -> PrivateFile.write(file, "text"))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void should_write_into_a_device_and_leave_it_a_device() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeThat(Files.exists(devNull)).isTrue();

    assertThat(PrivateFile.writeOrInto(devNull, "text")).isFalse();

    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.isWritable(devNull)).isTrue();
  }

  @Test
  void should_write_a_private_file_where_there_is_none_or_a_regular_one() throws Exception {
    Path file = dir.resolve("report.md");

    assertThat(PrivateFile.writeOrInto(file, "one")).isTrue();
    assertThat(PrivateFile.writeOrInto(file, "two")).isTrue();

    assertThat(file).hasContent("two");
  }

  @Test
  void should_give_a_few_words_as_the_reason_of_a_failure() {
    assertThat(PrivateFile.reason(new NoSuchFileException("/x/y")))
        .isEqualTo("the folder does not exist");
    assertThat(PrivateFile.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(PrivateFile.reason(new IOException("first line\nsecond line")))
        .isEqualTo("first line");
    assertThat(PrivateFile.reason(new IOException())).isEqualTo("IOException");
  }
}
