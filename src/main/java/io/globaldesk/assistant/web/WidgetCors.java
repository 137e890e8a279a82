package io.globaldesk.assistant.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of the vendor's own sites may embed the chat widget: pages on the origins listed in
 * {@code globaldesk.assistant.widget.allowed-origins} may load the widget's files and call the assistant API with a
 * customer token. No cookies cross origins (the token travels in the Authorization header), and every other path keeps
 * the same-origin rule. The security filter chains apply this source by its bean name.
 */
@Configuration(proxyBeanMethods = false)
class WidgetCors {

    @Bean
    CorsConfigurationSource corsConfigurationSource(
            @Value("${globaldesk.assistant.widget.allowed-origins:}") List<String> allowedOrigins) {
        List<String> origins = new ArrayList<>();
        for (String origin : allowedOrigins) {
            if (!origin.isBlank()) {
                origins.add(origin(origin.strip()));
            }
        }
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (origins.isEmpty()) {
            return source;
        }
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(origins);
        api.setAllowedMethods(List.of("GET", "POST"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language"));
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/api/v1/assistant/**", api);
        CorsConfiguration files = new CorsConfiguration();
        files.setAllowedOrigins(origins);
        files.setAllowedMethods(List.of("GET"));
        files.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/widget/**", files);
        return source;
    }

    /** An origin exactly as browsers send it ({@code https://shop.example.com[:port]}); anything else is a mistake. */
    static String origin(String configured) {
        URI uri;
        try {
            uri = URI.create(configured);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("globaldesk.assistant.widget.allowed-origins: '" + configured
                    + "' is not an origin like https://www.example.com", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null && uri.getFragment() == null
                && uri.getUserInfo() == null;
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || !bare) {
            throw new IllegalArgumentException("globaldesk.assistant.widget.allowed-origins: '" + configured
                    + "' is not an origin like https://www.example.com (scheme and host, optional port, no path, no '*')");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
