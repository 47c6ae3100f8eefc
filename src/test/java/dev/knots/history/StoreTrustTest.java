package dev.knots.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.knots.body.Area;
import dev.knots.platform.Trust;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health data only in a folder and file of the user's own, private: no one else may read it. */
class StoreTrustTest {
  @TempDir Path home;

  private Path state() {
    return home.resolve("state");
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void should_refuse_a_state_folder_others_can_write_and_say_how_to_fix_it() throws Exception {
    Files.createDirectories(state());
    Files.setPosixFilePermissions(state(), PosixFilePermissions.fromString("rwxrwxrwx"));

    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(store::check)
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("can be written by other users")
          .hasMessageContaining("chmod go-w '" + state().toAbsolutePath() + "'")
          .hasMessageNotContaining("\n");
    }
    assertThat(state().resolve("history.db")).doesNotExist();
  }

  @Test
  void should_refuse_a_state_folder_of_another_user_simulated() throws Exception {
    Files.createDirectories(state());
    Trust someoneElse = new Trust(Trust.system().uid() + 1);

    assertThatThrownBy(
            () ->
                StoreFiles.create(
                    state(), state().resolve("history.db"), someoneElse, Clock.systemUTC()))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("belongs to another user")
        .hasMessageContaining("move it aside");
  }

  /** A real second owner: root may give a folder to any user id, existing or not. */
  @Test
  void should_refuse_a_state_folder_and_database_of_another_user() throws Exception {
    assumeThat(System.getProperty("user.name")).as("only root can chown").isEqualTo("root");
    Files.createDirectories(state());
    Path db = Files.writeString(state().resolve("history.db"), "");
    Files.setAttribute(db, "unix:uid", 54321);

    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(store::check)
          .hasMessageContaining("history database")
          .hasMessageContaining("belongs to another user");
    }
    Files.setAttribute(state(), "unix:uid", 54321);
    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(store::check)
          .hasMessageContaining("history folder")
          .hasMessageContaining("belongs to another user");
    }
  }

  @Test
  void should_bring_existing_files_back_to_0600_with_their_wal_and_shm() throws Exception {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.check();
    }
    Path db = state().resolve("history.db");
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path file = state().resolve("history.db" + suffix);
      if (!Files.exists(file)) {
        Files.writeString(file, "");
      }
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
    }
    Files.delete(state().resolve("history.db-wal"));
    Files.delete(state().resolve("history.db-shm"));

    try (HistoryStore store = HistoryStore.open(state())) {
      store.triageRecorded(Fixtures.triage(Area.NECK, HistoryStoreTest.NOW, "SOON"));
      assertThat(mode(db)).isEqualTo("rw-------");
      assertThat(mode(state().resolve("history.db-wal"))).isEqualTo("rw-------");
      assertThat(mode(state().resolve("history.db-shm"))).isEqualTo("rw-------");
    }
  }

  @Test
  void should_make_a_stray_wal_of_others_private_before_sqlite_opens_it() throws Exception {
    try (HistoryStore store = HistoryStore.open(state())) {
      store.check();
    }
    Path wal = state().resolve("history.db-shm");
    if (!Files.exists(wal)) {
      Files.writeString(wal, "");
    }
    Files.setPosixFilePermissions(wal, PosixFilePermissions.fromString("rw-rw-rw-"));

    StoreFiles.create(state(), state().resolve("history.db"), Clock.systemUTC());

    assertThat(mode(wal)).isEqualTo("rw-------");
  }

  @Test
  void should_never_follow_a_dangling_link_in_place_of_the_database() throws Exception {
    Files.createDirectories(state());
    Path target = home.resolve("elsewhere.db");
    Files.createSymbolicLink(state().resolve("history.db"), target);

    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(store::check)
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("is a symbolic link")
          .hasMessageContaining("move it aside");
    }
    assertThat(target).doesNotExist();
  }

  @Test
  void should_refuse_a_link_to_an_existing_database_too() throws Exception {
    Files.createDirectories(state());
    Path target = Files.writeString(home.resolve("elsewhere.db"), "");
    Files.createSymbolicLink(state().resolve("history.db"), target);

    try (HistoryStore store = HistoryStore.open(state())) {
      assertThatThrownBy(store::check).hasMessageContaining("is a symbolic link");
    }
  }

  /** A day no test runs on: the advice can only name it by taking the store's clock. */
  private static final Clock LEAP_DAY =
      Clock.fixed(Instant.parse("2020-02-29T23:30:00Z"), ZoneOffset.UTC);

  @Test
  void should_name_the_file_to_move_a_refused_database_to_after_the_stores_day() throws Exception {
    Files.createDirectories(state());
    Files.createSymbolicLink(state().resolve("history.db"), home.resolve("elsewhere.db"));

    try (HistoryStore store = HistoryStore.open(state(), LEAP_DAY)) {
      assertThatThrownBy(store::check)
          .hasMessageContaining("is a symbolic link")
          .hasMessageContaining("history.db.broken-2020-02-29'");
    }
  }

  @Test
  void should_name_the_file_to_move_a_foreign_folder_to_after_the_clocks_day() throws Exception {
    Files.createDirectories(state());
    Trust someoneElse = new Trust(Trust.system().uid() + 1);

    assertThatThrownBy(
            () -> StoreFiles.create(state(), state().resolve("history.db"), someoneElse, LEAP_DAY))
        .hasMessageContaining("state.broken-2020-02-29'");
  }
}
