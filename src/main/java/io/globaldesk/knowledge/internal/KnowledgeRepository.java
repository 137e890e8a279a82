package io.globaldesk.knowledge.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.globaldesk.knowledge.KnowledgeArticle;
import io.globaldesk.knowledge.TranslationState;
import io.globaldesk.knowledge.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The knowledge-base tables. Only the knowledge module reads or writes them. */
@Repository
public class KnowledgeRepository {

    /** A stored termbase entry. */
    public record TermRow(long id, String source, String locale, String target) {
    }

    /** Per locale: how many articles have a published, outdated or other (draft, in review) translation. */
    public record CoverageRow(String locale, long published, long outdated, long pending) {
    }

    /** One entry of an article's history. */
    public record VersionRow(long id, String locale, int revision, String title, String body, String state,
                             boolean minorEdit, String editedBy, Instant editedAt) {
    }

    private static final String ARTICLE_COLUMNS = """
            select a.id, a.external_id, a.source_locale, a.category, a.tags, a.visibility, a.platforms, a.sdk_versions,
                   a.revision, a.updated_at from kb_article a
            """;

    private final JdbcClient jdbc;

    KnowledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void ensureCategory(String code) {
        jdbc.sql("insert into kb_category (code) values (?) on conflict do nothing").param(code).update();
    }

    public List<String> categories() {
        return jdbc.sql("select code from kb_category order by code").query(String.class).list();
    }

    public boolean externalIdExists(String externalId) {
        return jdbc.sql("select count(*) from kb_article where external_id = ?").param(externalId).query(Long.class).single() > 0;
    }

    public long insertArticle(String externalId, String sourceLocale, String category, List<String> tags,
                              Visibility visibility, List<String> platforms, String sdkVersions, int revision, Instant at) {
        return jdbc.sql("""
                        insert into kb_article (external_id, source_locale, category, tags, visibility, platforms,
                          sdk_versions, revision, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(externalId, sourceLocale, category, tags.toArray(String[]::new), visibility.name(),
                        platforms.toArray(String[]::new), sdkVersions, revision, ts(at), ts(at))
                .query(Long.class).single();
    }

    public void updateArticle(long id, int revision, Instant at) {
        jdbc.sql("update kb_article set revision = ?, updated_at = ? where id = ?").params(revision, ts(at), id).update();
    }

    public void touchArticle(long id, Instant at) {
        jdbc.sql("update kb_article set updated_at = ? where id = ?").params(ts(at), id).update();
    }

    public void upsertTranslation(long articleId, String locale, String title, String body, TranslationState state,
                                  int sourceRevision, Instant at) {
        jdbc.sql("""
                        insert into kb_translation (article_id, locale, title, body, state, source_revision, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (article_id, locale) do update set title = excluded.title, body = excluded.body,
                          state = excluded.state, source_revision = excluded.source_revision, updated_at = excluded.updated_at""")
                .params(articleId, locale, title, body, state.name(), sourceRevision, ts(at)).update();
    }

    /** Every translation of the article except its source becomes OUTDATED (drafts and reviews included). */
    public int outdateTranslations(long articleId, String sourceLocale) {
        return jdbc.sql("update kb_translation set state = 'OUTDATED' where article_id = ? and locale <> ?")
                .params(articleId, sourceLocale).update();
    }

    public void setState(long articleId, String locale, TranslationState state) {
        jdbc.sql("update kb_translation set state = ? where article_id = ? and locale = ?")
                .params(state.name(), articleId, locale).update();
    }

    public void insertVersion(long articleId, String locale, int revision, String title, String body, TranslationState state,
                              boolean minorEdit, String editedBy, Instant at) {
        jdbc.sql("""
                        insert into kb_article_version (article_id, locale, revision, title, body, state, minor_edit,
                          edited_by, edited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, locale, revision, title, body, state.name(), minorEdit, editedBy, ts(at)).update();
    }

    public List<VersionRow> versions(long articleId) {
        return jdbc.sql("""
                        select id, locale, revision, title, body, state, minor_edit, edited_by, edited_at
                        from kb_article_version where article_id = ? order by edited_at desc, id desc""")
                .param(articleId)
                .query((rs, n) -> new VersionRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    public Optional<KnowledgeArticle> find(long id) {
        return load(ARTICLE_COLUMNS + " where a.id = ?", id).stream().findFirst();
    }

    public Optional<KnowledgeArticle> findByExternalId(String externalId) {
        return load(ARTICLE_COLUMNS + " where a.external_id = ?", externalId).stream().findFirst();
    }

    /** Articles by most recently updated, optionally only public ones. */
    public List<KnowledgeArticle> list(boolean publicOnly, int offset, int limit) {
        String where = publicOnly ? " where a.visibility = 'PUBLIC'" : "";
        return load(ARTICLE_COLUMNS + where + " order by a.updated_at desc, a.id desc offset ? limit ?",
                Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    public List<KnowledgeArticle> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(ARTICLE_COLUMNS + " where a.id = any(?) order by a.id", (Object) ids.toArray(Long[]::new));
    }

    public long count() {
        return jdbc.sql("select count(*) from kb_article").query(Long.class).single();
    }

    public List<Long> idsAfter(long after, int limit) {
        return jdbc.sql("select id from kb_article where id > ? order by id limit ?").params(after, limit)
                .query(Long.class).list();
    }

    private List<KnowledgeArticle> load(String sql, Object... params) {
        record Head(long id, String externalId, String sourceLocale, String category, List<String> tags,
                    Visibility visibility, List<String> platforms, String sdkVersions, int revision, Instant updatedAt) {
        }
        List<Head> heads = jdbc.sql(sql).params(params).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), strings(rs, 5), Visibility.valueOf(rs.getString(6)), strings(rs, 7),
                rs.getString(8), rs.getInt(9), rs.getTimestamp(10).toInstant())).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<KnowledgeArticle.Localized>> locales = new LinkedHashMap<>();
        jdbc.sql("""
                        select article_id, locale, title, body, state, source_revision, updated_at from kb_translation
                        where article_id = any(?) order by article_id, locale""")
                .param(heads.stream().map(Head::id).toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    locales.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new KnowledgeArticle.Localized(
                            rs.getString(2), rs.getString(3), rs.getString(4), TranslationState.valueOf(rs.getString(5)),
                            rs.getInt(6), rs.getTimestamp(7).toInstant()));
                });
        return heads.stream().map(h -> new KnowledgeArticle(h.id(), h.externalId(), h.sourceLocale(), h.category(),
                h.tags(), h.visibility(), h.platforms(), h.sdkVersions(), h.revision(), h.updatedAt(),
                locales.getOrDefault(h.id(), List.of()))).toList();
    }

    public Map<String, long[]> votes(long articleId) {
        Map<String, long[]> votes = new LinkedHashMap<>();
        jdbc.sql("select locale, helpful, not_helpful from kb_vote where article_id = ? order by locale").param(articleId)
                .query((ResultSet rs) -> {
                    votes.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return votes;
    }

    public void vote(long articleId, String locale, boolean helpful) {
        jdbc.sql("""
                        insert into kb_vote (article_id, locale, helpful, not_helpful) values (?, ?, ?, ?)
                        on conflict (article_id, locale) do update set helpful = kb_vote.helpful + excluded.helpful,
                          not_helpful = kb_vote.not_helpful + excluded.not_helpful""")
                .params(articleId, locale, helpful ? 1 : 0, helpful ? 0 : 1).update();
    }

    /** Per locale, counts of translations by state (sources excluded), over all articles. */
    public List<CoverageRow> coverage() {
        return jdbc.sql("""
                        select t.locale,
                               count(*) filter (where t.state = 'PUBLISHED'),
                               count(*) filter (where t.state = 'OUTDATED'),
                               count(*) filter (where t.state in ('DRAFT', 'IN_REVIEW'))
                        from kb_translation t join kb_article a on a.id = t.article_id
                        where t.locale <> a.source_locale group by t.locale order by t.locale""")
                .query((rs, n) -> new CoverageRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }

    public Map<String, Long> articlesBySourceLocale() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select source_locale, count(*) from kb_article group by source_locale")
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public List<TermRow> terms() {
        return jdbc.sql("select id, source, locale, target from kb_term order by lower(source), locale")
                .query((rs, n) -> new TermRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public Optional<TermRow> term(long id) {
        return jdbc.sql("select id, source, locale, target from kb_term where id = ?").param(id)
                .query((rs, n) -> new TermRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
    }

    public long upsertTerm(String source, String locale, String target, Instant at) {
        return jdbc.sql("""
                        insert into kb_term (source, locale, target, updated_at) values (?, ?, ?, ?)
                        on conflict (lower(source), locale) do update set target = excluded.target,
                          updated_at = excluded.updated_at returning id""")
                .params(source, locale, target, ts(at)).query(Long.class).single();
    }

    public boolean deleteTerm(long id) {
        return jdbc.sql("delete from kb_term where id = ?").param(id).update() > 0;
    }

    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
