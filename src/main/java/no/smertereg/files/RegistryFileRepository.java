package no.smertereg.files;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code registry_file} (V14): the bytes are read only for a download. */
@Repository
class RegistryFileRepository {

    private static final String LISTED = "select id, title, file_name, content_type, size_bytes, sha256, "
            + "uploaded_by, uploaded_at from registry_file where not retired";

    private final JdbcTemplate jdbc;

    RegistryFileRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<RegistryFile> listed() {
        return jdbc.query(LISTED + " order by uploaded_at desc, id desc", RegistryFileRepository::row);
    }

    Optional<RegistryFile> listed(long id) {
        return jdbc.query(LISTED + " and id = ?", RegistryFileRepository::row, id).stream().findFirst();
    }

    boolean exists(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from registry_file where id = ?",
                Boolean.class, id));
    }

    Optional<FileContent> content(long id) {
        return jdbc.query("select file_name, content_type, content from registry_file where id = ? and not retired",
                (rs, n) -> new FileContent(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")), id).stream().findFirst();
    }

    long insert(String title, String fileName, String contentType, byte[] bytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into registry_file (title, file_name, "
                    + "content_type, size_bytes, sha256, content, uploaded_by, uploaded_at, retired) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, false)", new String[] {"id"});
            insert.setString(1, title);
            insert.setString(2, fileName);
            insert.setString(3, contentType);
            insert.setLong(4, bytes.length);
            insert.setString(5, sha256);
            insert.setBytes(6, bytes);
            insert.setString(7, uploadedBy);
            insert.setTimestamp(8, Timestamp.from(uploadedAt));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** Whether this call retired it (false: it was retired already, or is unknown). */
    boolean retire(long id, String retiredBy, Instant retiredAt) {
        return jdbc.update("update registry_file set retired = true, retired_by = ?, retired_at = ? "
                + "where id = ? and not retired", retiredBy, Timestamp.from(retiredAt), id) == 1;
    }

    private static RegistryFile row(ResultSet rs, int rowNum) throws SQLException {
        return new RegistryFile(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
