package io.globaldesk.insights.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments on knowledge articles; mentioned agents by id only. */
@Repository
public class ArticleCommentRepository {

    public record Row(UUID id, long articleId, String authorName, String body, List<UUID> mentioned, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    ArticleCommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(long article, String author, String body, List<UUID> mentioned, Instant at) {
        return jdbc.sql("""
                        insert into insights_article_comment (article_id, author_name, body, mentioned, created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(article, author, body, mentioned.toArray(UUID[]::new), Timestamp.from(at)).query(UUID.class).single();
    }

    public List<Row> of(long article) {
        return jdbc.sql("select * from insights_article_comment where article_id = ? order by created_at, id").param(article)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), article, rs.getString("author_name"),
                        rs.getString("body"), Arrays.asList((UUID[]) rs.getArray("mentioned").getArray()),
                        rs.getTimestamp("created_at").toInstant())).list();
    }
}
