package io.globaldesk.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.globaldesk.knowledge.Audience;
import io.globaldesk.knowledge.KnowledgeArticle;
import io.globaldesk.knowledge.KnowledgeBase;
import io.globaldesk.knowledge.KnowledgeLanguage;
import io.globaldesk.knowledge.KnowledgeSearch;
import io.globaldesk.knowledge.MarkdownRenderer;
import io.globaldesk.knowledge.SearchHit;
import io.globaldesk.knowledge.TranslationState;
import io.globaldesk.knowledge.internal.KnowledgeRepository;
import io.globaldesk.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public help center: readable without signing in, PUBLIC articles only (also for signed-in staff), one page per
 * article and locale at {@code /help/{locale}/{externalId}-{slug}}.
 */
@Controller
class HelpCenterPages {

    private static final Audience READER = Audience.CUSTOMER;

    /** One article in a list: where it links and what it is called in the reader's locale. */
    record Entry(String href, String title, String category, String locale) {
    }

    /** A search hit for the page; the snippet is HTML escaped by the index, with {@code <mark>} around matches. */
    record Hit(String href, String title, String snippet, boolean fallback) {
    }

    /** A link to the same article in another locale. */
    record LocaleLink(String locale, String href) {
    }

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeSearch search;
    private final KnowledgeRepository repository;
    private final MarkdownRenderer markdown;

    HelpCenterPages(KnowledgeBase knowledgeBase, KnowledgeSearch search, KnowledgeRepository repository,
                    MarkdownRenderer markdown) {
        this.knowledgeBase = knowledgeBase;
        this.search = search;
        this.repository = repository;
        this.markdown = markdown;
    }

    static String href(String locale, KnowledgeArticle article, String title) {
        String slug = KnowledgeBase.slug(title);
        return "/help/" + locale + "/" + article.externalId() + (slug.isEmpty() ? "" : "-" + slug);
    }

    private static String locale(String tag) {
        try {
            return KnowledgeLanguage.of(tag).code();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("locale", tag);
        }
    }

    @GetMapping("/help")
    String root(Locale locale) {
        String code;
        try {
            code = KnowledgeLanguage.of(locale.toLanguageTag()).code();
        } catch (IllegalArgumentException e) {
            code = "en";
        }
        return "redirect:/help/" + code;
    }

    @GetMapping("/help/{locale}")
    String home(@PathVariable("locale") String tag, @RequestParam(required = false) String q, Model model) {
        String locale = locale(tag);
        model.addAttribute("helpLocale", locale);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("helpLocales", java.util.Arrays.stream(KnowledgeLanguage.values()).map(KnowledgeLanguage::code).toList());
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", hits(q, locale, 20));
        } else {
            List<Entry> entries = new ArrayList<>();
            for (KnowledgeArticle article : knowledgeBase.list(READER, 0, 200)) {
                KnowledgeArticle.Localized shown = article.readableIn(locale);
                entries.add(new Entry(href(locale, article, shown.title()), shown.title(), article.category(), shown.locale()));
            }
            entries.sort(java.util.Comparator.comparing(Entry::category).thenComparing(Entry::title));
            model.addAttribute("entries", entries);
        }
        return "knowledge/help";
    }

    private List<Hit> hits(String q, String locale, int limit) {
        List<SearchHit> found = search.search(q, locale, READER, limit);
        return found.stream().map(h -> new Hit("/help/" + locale + "/" + h.externalId() + slugPart(h.title()), h.title(),
                h.snippet(), h.fallback())).toList();
    }

    private static String slugPart(String title) {
        String slug = KnowledgeBase.slug(title);
        return slug.isEmpty() ? "" : "-" + slug;
    }

    /** Suggestions for the search box (an htmx fragment). */
    @GetMapping("/help/{locale}/suggest")
    String suggest(@PathVariable("locale") String tag, @RequestParam(defaultValue = "") String q, Model model) {
        String locale = locale(tag);
        model.addAttribute("suggestions", q.strip().length() < 2 ? List.of() : search.suggest(q, locale, READER, 8));
        model.addAttribute("helpLocale", locale);
        return "knowledge/help :: suggestions";
    }

    @GetMapping("/help/{locale}/{ref}")
    String article(@PathVariable("locale") String tag, @PathVariable String ref,
                   @RequestParam(required = false) String voted, Model model) {
        String locale = locale(tag);
        KnowledgeArticle article = resolve(ref).filter(a -> a.visibleTo(READER))
                .orElseThrow(() -> new NotFoundException("article", ref));
        KnowledgeArticle.Localized shown = article.readableIn(locale);
        Optional<KnowledgeArticle.Localized> own = article.locale(locale);
        String notice = null;
        if (!shown.locale().equals(locale)) {
            notice = own.isPresent() && own.get().state() == TranslationState.OUTDATED ? "outdated" : "missing";
        }
        List<LocaleLink> others = article.locales().stream()
                .filter(l -> l.state() == TranslationState.PUBLISHED && !l.locale().equals(locale))
                .map(l -> new LocaleLink(l.locale(), href(l.locale(), article, l.title()))).toList();
        model.addAttribute("helpLocale", locale);
        model.addAttribute("article", article);
        model.addAttribute("shown", shown);
        model.addAttribute("html", markdown.toSafeHtml(shown.body()));
        model.addAttribute("notice", notice);
        model.addAttribute("others", others);
        model.addAttribute("voted", voted != null);
        model.addAttribute("self", href(locale, article, shown.title()));
        return "knowledge/help-article";
    }

    @PostMapping("/help/{locale}/{ref}/vote")
    String vote(@PathVariable("locale") String tag, @PathVariable String ref, @RequestParam boolean helpful) {
        String locale = locale(tag);
        KnowledgeArticle article = resolve(ref).filter(a -> a.visibleTo(READER))
                .orElseThrow(() -> new NotFoundException("article", ref));
        repository.vote(article.id(), locale, helpful);
        return "redirect:" + href(locale, article, article.readableIn(locale).title()) + "?voted";
    }

    /** {@code externalId-slug}: external ids contain dashes too, so the longest prefix that names an article wins. */
    private Optional<KnowledgeArticle> resolve(String ref) {
        if (ref.length() > 200) {
            return Optional.empty();
        }
        String candidate = ref;
        while (true) {
            Optional<KnowledgeArticle> found = knowledgeBase.findByExternalId(candidate);
            if (found.isPresent()) {
                return found;
            }
            int dash = candidate.lastIndexOf('-');
            if (dash <= 0) {
                return Optional.empty();
            }
            candidate = candidate.substring(0, dash);
        }
    }
}
