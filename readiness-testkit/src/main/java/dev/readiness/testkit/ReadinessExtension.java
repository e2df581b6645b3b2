package dev.readiness.testkit;

import dev.readiness.api.Snapshot;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension that fills {@link Snapshot} parameters and fields annotated with {@link
 * SnapshotFile} (or parameters of a class so annotated), loaded with {@link SnapshotFiles}.
 * Snapshots are immutable, so each file is read once per test run and shared. {@code @SnapshotFile}
 * registers this extension itself; {@code @ExtendWith(ReadinessExtension.class)} is not needed.
 */
public final class ReadinessExtension
    implements ParameterResolver, TestInstancePostProcessor, BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ReadinessExtension.class);

  /**
   * Made by JUnit through {@code @SnapshotFile} or {@code @ExtendWith(ReadinessExtension.class)}.
   */
  public ReadinessExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(SnapshotFile.class)
        || (parameter.getParameter().getType() == Snapshot.class && classFile(context).isPresent());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type != Snapshot.class) {
      throw new ParameterResolutionException(misplaced(type));
    }
    String path =
        parameter
            .findAnnotation(SnapshotFile.class)
            .or(() -> classFile(context))
            .orElseThrow()
            .value();
    try {
      return load(path, context);
    } catch (RuntimeException unreadable) {
      throw new ParameterResolutionException(unreadable.getMessage(), unreadable);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    inject(null, context.getRequiredTestClass(), context);
  }

  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context)
      throws IllegalAccessException {
    inject(instance, instance.getClass(), context);
  }

  /** Fills the static fields ({@code instance} null) or the instance fields of {@code type}. */
  private static void inject(Object instance, Class<?> type, ExtensionContext context)
      throws IllegalAccessException {
    for (Field field : AnnotationSupport.findAnnotatedFields(type, SnapshotFile.class)) {
      if (Modifier.isStatic(field.getModifiers()) != (instance == null)) {
        continue;
      }
      if (field.getType() != Snapshot.class) {
        throw new ExtensionConfigurationException(
            misplaced(field.getType()) + " (field " + field.getName() + ")");
      }
      field.setAccessible(true);
      field.set(instance, load(field.getAnnotation(SnapshotFile.class).value(), context));
    }
  }

  private static Optional<SnapshotFile> classFile(ExtensionContext context) {
    return context
        .getTestClass()
        .flatMap(type -> AnnotationSupport.findAnnotation(type, SnapshotFile.class));
  }

  private static Snapshot load(String path, ExtensionContext context) {
    ClassLoader loader = context.getRequiredTestClass().getClassLoader();
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "snapshot:" + path, key -> SnapshotFiles.load(path, loader), Snapshot.class);
  }

  private static String misplaced(Class<?> type) {
    return "@SnapshotFile goes on a parameter or field of type "
        + Snapshot.class.getName()
        + ", not "
        + type.getName()
        + ".";
  }
}
