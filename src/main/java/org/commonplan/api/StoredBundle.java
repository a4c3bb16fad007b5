package org.commonplan.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.commonplan.bundle.BundleException;
import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.School;

/**
 * A job's input as it was uploaded, kept so that the school can be read again after a restart or on another
 * instance: the JSON document, or a zip of the bundle (CSV parts are zipped as they came).
 *
 * @param form        {@code json} or {@code zip}
 * @param defaultName the school's name when settings.csv gives none, as the upload was read with
 */
record StoredBundle(String form, String defaultName, byte[] bytes) {

    static final String JSON = "json";
    static final String ZIP = "zip";

    static StoredBundle json(byte[] json, String defaultName) {
        return new StoredBundle(JSON, defaultName, json);
    }

    static StoredBundle zip(byte[] zip, String defaultName) {
        return new StoredBundle(ZIP, defaultName, zip);
    }

    /** CSV files by name, zipped at the root as a bundle zip may hold them. */
    static StoredBundle files(Map<String, byte[]> files, String defaultName) {
        return zip(Zips.of(files), defaultName);
    }

    /** The school again, read by the same reader as the upload was (it was valid then, so it is now). */
    School read() throws BundleException, IOException {
        return switch (form) {
            case JSON -> BundleReader.readJson(new ByteArrayInputStream(bytes), defaultName);
            case ZIP -> BundleReader.readZip(new ByteArrayInputStream(bytes), defaultName);
            default -> throw new IllegalStateException("unknown stored bundle form " + form);
        };
    }
}
