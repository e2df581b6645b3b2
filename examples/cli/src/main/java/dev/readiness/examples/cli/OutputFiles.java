package dev.readiness.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where the commands write: checked before the work starts, so a path that cannot be written fails
 * at once, and every failure is one plain sentence rather than the name of a Java exception.
 */
final class OutputFiles {
  private OutputFiles() {}

  /** Writes a file's content. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Creates {@code dir} (named by {@code option} in messages) if needed; a file in its place is
   * left alone and named as the reason, never replaced.
   */
  static Path directory(Path dir, String option) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new Exit.CannotRun(
          "cannot create the output directory "
              + dir
              + ": a file of that name is in the way; "
              + option
              + " names a directory.");
    }
    try {
      return Files.createDirectories(dir);
    } catch (IOException cannot) {
      throw new Exit.CannotRun("cannot create the directory " + dir + ": " + reason(cannot, dir));
    }
  }

  /**
   * Fails unless {@code file} (named by {@code what} in messages) can be created or replaced: its
   * directory exists and is writable, and it is not itself a directory.
   */
  static void checkWritable(Path file, String what) {
    Path parent = file.toAbsolutePath().getParent();
    String problem = null;
    if (Files.isDirectory(file)) {
      problem = file + " is a directory";
    } else if (parent == null || !Files.isDirectory(parent)) {
      problem = "the directory " + parent + " does not exist";
    } else if (!Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
      problem = "permission denied";
    }
    if (problem != null) {
      throw new Exit.CannotRun("cannot write " + what + " " + file + ": " + problem + ".");
    }
  }

  /**
   * Writes {@code file} through a temporary file beside it and one atomic move, so an interrupted
   * run leaves the old file or the new one, never half of one.
   */
  static void write(Path file, String what, Content content) {
    Path temporary = null;
    try {
      // Beside the file, so the move stays on one file system; created with the default
      // permissions a plain write would give, unlike Files.createTempFile's owner-only ones.
      temporary =
          file.toAbsolutePath()
              .resolveSibling(
                  "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
      try (OutputStream out =
          new java.io.BufferedOutputStream(
              Files.newOutputStream(
                  temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
        content.writeTo(out);
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | java.io.UncheckedIOException failed) {
      IOException cause =
          failed instanceof java.io.UncheckedIOException unchecked
              ? unchecked.getCause()
              : (IOException) failed;
      throw new Exit.CannotRun(
          "cannot write " + what + " " + file + ": " + reason(cause, file) + ".");
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // Only reached after a failure already reported; a stray temporary file is the lesser harm.
    }
  }

  /** What went wrong with {@code path}, in words. */
  static String reason(IOException failure, Path path) {
    if (failure instanceof NoSuchFileException) {
      Path parent = path.toAbsolutePath().getParent();
      return "the directory " + parent + " does not exist";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (failure instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return failure.getMessage() == null ? "an input/output error" : failure.getMessage();
  }
}
