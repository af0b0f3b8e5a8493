package no.smertereg.datarequests;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A request's extract (the CSV as delivered) and its pseudonym key, in {@code data_request} but outside the entity:
 * the list and a request's page never load them, only the download reads the file and nothing here reads the key.
 */
@Repository
class DataExtractFiles {

    private final JdbcTemplate jdbc;

    DataExtractFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(Long requestId, byte[] content, byte[] key) {
        jdbc.update("update data_request set extract_content = ?, pseudonym_key = ? where id = ?", content, key,
                requestId);
    }

    Optional<byte[]> content(Long requestId) {
        return jdbc.query("select extract_content from data_request where id = ? and extract_content is not null",
                (rs, n) -> rs.getBytes(1), requestId).stream().findFirst();
    }
}
