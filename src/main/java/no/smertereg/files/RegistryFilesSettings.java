package no.smertereg.files;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import no.smertereg.web.LargeUpload;

/**
 * The largest file SC may publish ({@code registry.files.max-size}, 20 MB unless set), and the one path that may
 * therefore carry a body over the registry's common request limit: the upload's POST.
 */
@Configuration
class RegistryFilesSettings {

    static final String UPLOAD_PATH = "/registerfiler";

    private final DataSize maxSize;

    RegistryFilesSettings(@Value("${registry.files.max-size:20MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    DataSize maxSize() {
        return maxSize;
    }

    @Bean
    LargeUpload registryFileUpload() {
        return new LargeUpload("POST", UPLOAD_PATH, maxSize, RegistryFiles.FIELD_FILE);
    }
}
