package io.globaldesk.culture.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.globaldesk.culture.CultureProfileCode;
import io.globaldesk.culture.TemplateOverrides;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Overrides kept in {@code culture_template_override}, cached in memory and reloaded after every change. */
@Component
public class JdbcTemplateOverrides implements TemplateOverrides {

    /** Applies to every profile without one of its own. */
    public static final String ANY_PROFILE = "*";

    /** One stored override. */
    public record StoredOverride(String templateKey, String profile, String language, String pattern) {
    }

    private final JdbcClient jdbc;
    private volatile Map<String, String> cache;

    JdbcTemplateOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String id(String key, String profile, String language) {
        return key + "\u0000" + profile + "\u0000" + language;
    }

    @Override
    public Optional<String> find(String templateKey, CultureProfileCode profile, Locale locale) {
        Map<String, String> all = cache;
        if (all == null) {
            all = reload();
        }
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        String specific = all.get(id(templateKey, profile.name(), language));
        return Optional.ofNullable(specific != null ? specific : all.get(id(templateKey, ANY_PROFILE, language)));
    }

    public List<StoredOverride> list() {
        return jdbc.sql("select template_key, profile, language, pattern from culture_template_override order by 1, 2, 3")
                .query((rs, n) -> new StoredOverride(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    public void save(String templateKey, String profile, String language, String pattern, String editor, Instant at) {
        jdbc.sql("""
                        insert into culture_template_override (template_key, profile, language, pattern, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (template_key, profile, language)
                        do update set pattern = excluded.pattern, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(templateKey, profile, language, pattern, editor, Timestamp.from(at)).update();
        reload();
    }

    public boolean delete(String templateKey, String profile, String language) {
        boolean deleted = jdbc.sql("delete from culture_template_override where template_key = ? and profile = ? and language = ?")
                .params(templateKey, profile, language).update() > 0;
        reload();
        return deleted;
    }

    private synchronized Map<String, String> reload() {
        Map<String, String> all = new ConcurrentHashMap<>();
        list().forEach(o -> all.put(id(o.templateKey(), o.profile(), o.language()), o.pattern()));
        cache = all;
        return all;
    }
}
