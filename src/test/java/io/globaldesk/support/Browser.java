package io.globaldesk.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cookie-keeping HTTP client that uses the pages as a browser would: it signs in through the login form and posts
 * forms with the CSRF token of the page they came from. Redirects are not followed, so tests see where they lead.
 */
public final class Browser {

    /** Every demo user's password. */
    public static final String PASSWORD = "GlobalDesk-demo";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String language;
    private String lastCsrf;

    /** A browser whose {@code Accept-Language} is English. */
    public Browser(int port) {
        this(port, "en");
    }

    /** A browser sending {@code language} as its {@code Accept-Language}, or none when it is null. */
    public Browser(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return get(path, language);
    }

    /** GET with an {@code Accept-Language} of its own; remembers the page's CSRF form field for {@link #submit}. */
    public HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        HttpResponse<String> response = send(request(path, acceptLanguage).build());
        Matcher m = CSRF_FIELD.matcher(response.body());
        if (m.find()) {
            lastCsrf = m.group(1);
        }
        return response;
    }

    /** A form post as is: without a CSRF token unless the form carries one. */
    public HttpResponse<String> post(String path, String form) throws Exception {
        return post(path, form, null, null, false);
    }

    /** A form post with the token in the {@code X-CSRF-TOKEN} header, as the pages' scripts send it; none when null. */
    public HttpResponse<String> post(String path, String form, String csrf) throws Exception {
        return post(path, form, csrf == null ? null : "X-CSRF-TOKEN", csrf, false);
    }

    /** A form post as htmx sends it: {@code HX-Request} and the token in the header the page names; none when null. */
    public HttpResponse<String> htmxPost(String path, String form, String csrfHeader, String csrf) throws Exception {
        return post(path, form, csrfHeader, csrf, true);
    }

    private HttpResponse<String> post(String path, String form, String csrfHeader, String csrf, boolean htmx)
            throws Exception {
        HttpRequest.Builder request = request(path, language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (csrfHeader != null) {
            request.header(csrfHeader, csrf);
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return send(request.build());
    }

    /** Uploads one text file as a multipart form with the CSRF token of the page last fetched, as a file input would. */
    public HttpResponse<String> upload(String action, String filename, String content) throws Exception {
        assertThat(lastCsrf).as("CSRF field before uploading to " + action).isNotNull();
        String boundary = "gd-" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + lastCsrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(request(action, language).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a form found on {@code page} with that page's CSRF token, as a user filling it in would. */
    public HttpResponse<String> submit(String page, String action, String form) throws Exception {
        assertThat(get(page).statusCode()).as(page).isEqualTo(200);
        assertThat(lastCsrf).as("CSRF field on " + page).isNotNull();
        return post(action, form + "&_csrf=" + enc(lastCsrf));
    }

    /** Signs in through the login form and returns the form's answer (a redirect), whatever it is. */
    public HttpResponse<String> login(String user, String password) throws Exception {
        get("/login");
        assertThat(lastCsrf).as("CSRF field on /login").isNotNull();
        return post("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(lastCsrf));
    }

    /** Signs in a demo user and fails the test when the sign-in is refused. */
    public Browser signIn(String user) throws Exception {
        HttpResponse<String> login = login(user, PASSWORD);
        assertThat(login.headers().firstValue("Location").orElseThrow()).as("sign-in of " + user).doesNotContain("error");
        return this;
    }

    /** The CSRF form field of the page last fetched. */
    public String lastCsrf() {
        return lastCsrf;
    }

    /** The CSRF token a page's {@code <meta name="_csrf">} carries, for scripted posts. */
    public static String csrfMeta(String html) {
        return find(html, CSRF_META.pattern());
    }

    /** The first group of {@code regex} in {@code text}; fails the test when it does not occur. */
    public static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
