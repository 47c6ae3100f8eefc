package dev.knots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {
  private String saved;

  @BeforeEach
  void clear() {
    saved = System.clearProperty(QuietLogging.CONFIG_CLASS);
  }

  @AfterEach
  void restore() {
    System.clearProperty(QuietLogging.CONFIG_CLASS);
    if (saved != null) {
      System.setProperty(QuietLogging.CONFIG_CLASS, saved);
    }
  }

  @Test
  void should_name_itself_as_the_logging_configuration_of_a_run_without_verbose() throws Exception {
    QuietLogging.unless(false);

    String name = System.getProperty(QuietLogging.CONFIG_CLASS);
    assertThat(name).isEqualTo(QuietLogging.class.getName());
    // as the log manager creates it: from the system class loader, by its public constructor
    assertThat(ClassLoader.getSystemClassLoader().loadClass(name).getConstructor().newInstance())
        .isInstanceOf(QuietLogging.class);
  }

  @Test
  void should_leave_logging_alone_for_a_verbose_run() {
    QuietLogging.unless(true);

    assertThat(System.getProperty(QuietLogging.CONFIG_CLASS)).isNull();
  }

  @Test
  void should_leave_a_configuration_given_by_the_user_alone() {
    System.setProperty(QuietLogging.CONFIG_CLASS, "org.example.TheirLogging");

    QuietLogging.unless(false);

    assertThat(System.getProperty(QuietLogging.CONFIG_CLASS)).isEqualTo("org.example.TheirLogging");
  }
}
