package org.commonplan.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files zipped in memory, in the map's order: a bundle to store, a dataset or a job's outputs to download. */
final class Zips {

    private Zips() {
    }

    /** @param files each entry's path in the zip and its bytes */
    static byte[] of(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            // Only memory is written to.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
