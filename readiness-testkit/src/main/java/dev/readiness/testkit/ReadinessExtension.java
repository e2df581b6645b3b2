package dev.readiness.testkit;

import dev.readiness.api.Snapshot;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects {@link Snapshot} parameters annotated with {@link SnapshotFile},
 * loaded with {@link SnapshotFiles}. Snapshots are immutable, so each file is read once per test
 * run and shared.
 */
public final class ReadinessExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ReadinessExtension.class);

  /** Made by JUnit through {@code @ExtendWith(ReadinessExtension.class)}. */
  public ReadinessExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(SnapshotFile.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() != Snapshot.class) {
      throw new ParameterResolutionException(
          "@SnapshotFile goes on a parameter of type "
              + Snapshot.class.getName()
              + ", not "
              + parameter.getParameter().getType().getName()
              + ".");
    }
    String path = parameter.findAnnotation(SnapshotFile.class).orElseThrow().value();
    ClassLoader loader = context.getRequiredTestClass().getClassLoader();
    try {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              "snapshot:" + path, key -> SnapshotFiles.load(path, loader), Snapshot.class);
    } catch (RuntimeException unreadable) {
      throw new ParameterResolutionException(unreadable.getMessage(), unreadable);
    }
  }
}
