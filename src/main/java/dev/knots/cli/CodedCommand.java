package dev.knots.cli;

import dev.knots.body.Area;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command whose picocli model is written in code instead of read from annotations: the commands a
 * quiz is reached through ({@code knots}, {@code session}, {@code triage}). The first annotation a
 * run reads costs it 40-60 ms (reflection, and a proxy class per annotation type, which Java 17
 * cannot keep in the class-data archive). Built from code, a session's main thread reaches its
 * command 68-97 ms after {@code main} instead of 130-218 (in-process marks, 8 runs each).
 */
interface CodedCommand {

  /** This command's model, its options bound to this object's fields. */
  CommandSpec spec();

  /** picocli's {@code -h, --help} and {@code -V, --version}, worded as its standard mixin. */
  static void addStandardHelp(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  /** An option that reads and writes a field through these two (picocli's binding of a field). */
  static <V> OptionSpec.Builder option(
      String name, Class<?> type, Supplier<V> getter, Consumer<V> setter) {
    Field<V> field = new Field<>(getter, setter);
    // the field's value is its initial value, which picocli puts back before it parses
    return OptionSpec.builder(name)
        .type(type)
        .getter(field)
        .setter(field)
        .initialValue(getter.get())
        .hasInitialValue(true);
  }

  /** An on/off option (it takes no value). */
  static OptionSpec flag(
      String name, Supplier<Boolean> getter, Consumer<Boolean> setter, String description) {
    return option(name, boolean.class, getter, setter).description(description).build();
  }

  /** {@code --area AREA}: a body area by name or alias, completed in shells. */
  static OptionSpec area(Supplier<Area> getter, Consumer<Area> setter, String description) {
    AreaConverter areas = new AreaConverter();
    return option("--area", Area.class, getter, setter)
        .paramLabel("AREA")
        .converters(areas)
        .completionCandidates(areas)
        .description(description)
        .build();
  }

  /** {@code --answer ID=VALUE}, repeatable: a safety question answered up front. */
  static OptionSpec answers(
      Supplier<List<String>> getter, Consumer<List<String>> setter, String description) {
    return option("--answer", List.class, getter, setter)
        .auxiliaryTypes(String.class)
        .paramLabel("ID=VALUE")
        .description(description)
        .build();
  }

  /** A field as picocli's getter and setter. */
  final class Field<V> implements IGetter, ISetter {
    private final Supplier<V> getter;
    private final Consumer<V> setter;

    Field(Supplier<V> getter, Consumer<V> setter) {
      this.getter = getter;
      this.setter = setter;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) getter.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T value) {
      T previous = get();
      setter.accept((V) value);
      return previous;
    }
  }
}
