package dev.knots.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates commands, handing the {@link AppContext} to those whose constructor takes it. */
final class CommandFactory implements CommandLine.IFactory {
  private final AppContext context;

  /** picocli's own, made on first need: its start looks for Groovy's closure class (1-2 ms). */
  private CommandLine.IFactory fallback;

  CommandFactory(AppContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length == 1 && parameters[0] == AppContext.class) {
        constructor.setAccessible(true);
        return cls.cast(constructor.newInstance(context));
      }
    }
    if (fallback == null) {
      fallback = CommandLine.defaultFactory();
    }
    return fallback.create(cls);
  }
}
