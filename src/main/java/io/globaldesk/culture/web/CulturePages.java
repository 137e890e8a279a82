package io.globaldesk.culture.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.globaldesk.culture.CultureProfileCode;
import io.globaldesk.culture.TemplateRenderer;
import io.globaldesk.culture.internal.JdbcTemplateOverrides;
import io.globaldesk.platform.i18n.SupportedLocales;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators adjust the phrasing and reply templates per culture profile and language, with a live preview. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CulturePages {

    private static final int MAX_PATTERN = 5000;

    private final TemplateRenderer renderer;
    private final JdbcTemplateOverrides overrides;
    private final Clock clock;

    CulturePages(TemplateRenderer renderer, JdbcTemplateOverrides overrides, Clock clock) {
        this.renderer = renderer;
        this.overrides = overrides;
        this.clock = clock;
    }

    /** Template keys without the per-profile variants ({@code key.JAPAN}). */
    List<String> templateKeys() {
        Set<String> profiles = Arrays.stream(CultureProfileCode.values()).map(Enum::name).collect(Collectors.toSet());
        return renderer.keys().stream().filter(k -> !profiles.contains(k.substring(k.lastIndexOf('.') + 1))).toList();
    }

    private static List<String> languages() {
        return SupportedLocales.ALL.stream().map(Locale::getLanguage).toList();
    }

    private Selection select(String key, String profile, String language) {
        List<String> keys = templateKeys();
        String k = keys.contains(key) ? key : keys.getFirst();
        CultureProfileCode p = Arrays.stream(CultureProfileCode.values()).filter(c -> c.name().equals(profile)).findFirst()
                .orElse(CultureProfileCode.DEFAULT);
        String l = languages().contains(language) ? language : "en";
        return new Selection(k, p, l);
    }

    record Selection(String key, CultureProfileCode profile, String language) {
        Locale locale() {
            return Locale.forLanguageTag(language);
        }
    }

    @GetMapping("/admin/culture")
    String page(@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "DEFAULT") String profile,
                @RequestParam(defaultValue = "en") String language, Model model) {
        Selection s = select(key, profile, language);
        String pattern = renderer.pattern(s.key(), s.profile(), s.locale());
        model.addAttribute("keys", templateKeys());
        model.addAttribute("profiles", CultureProfileCode.values());
        model.addAttribute("cultureLanguages", languages());
        model.addAttribute("selection", s);
        model.addAttribute("pattern", pattern);
        model.addAttribute("overrides", overrides.list());
        preview(pattern, s, model);
        return "culture/templates";
    }

    private void preview(String pattern, Selection s, Model model) {
        try {
            model.addAttribute("preview", renderer.preview(pattern, s.profile(), s.locale(),
                    TemplateRenderer.sampleArguments(clock.instant().atZone(ZoneId.of("UTC")))));
        } catch (IllegalArgumentException e) {
            model.addAttribute("previewError", e.getMessage());
        }
    }

    /** The live preview of a pattern being edited (an htmx fragment). */
    @PostMapping("/admin/culture/preview")
    String livePreview(@RequestParam String key, @RequestParam String profile, @RequestParam String language,
                       @RequestParam(defaultValue = "") String pattern, Model model) {
        preview(pattern.length() > MAX_PATTERN ? pattern.substring(0, MAX_PATTERN) : pattern, select(key, profile, language), model);
        return "culture/templates :: preview";
    }

    @PostMapping("/admin/culture")
    String save(@RequestParam String key, @RequestParam String profile, @RequestParam String language,
                @RequestParam String pattern, @RequestParam(defaultValue = "false") boolean allProfiles,
                RedirectAttributes flash) {
        Selection s = select(key, profile, language);
        String back = back(s);
        try {
            if (pattern.isBlank() || pattern.length() > MAX_PATTERN) {
                throw new IllegalArgumentException("the pattern must hold 1 to " + MAX_PATTERN + " characters");
            }
            renderer.preview(pattern, s.profile(), s.locale(), TemplateRenderer.sampleArguments(
                    clock.instant().atZone(ZoneId.of("UTC"))));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("formErrors", List.of(new InvalidInputException.FieldError("pattern", e.getMessage())));
            return "redirect:" + back;
        }
        overrides.save(s.key(), allProfiles ? JdbcTemplateOverrides.ANY_PROFILE : s.profile().name(), s.language(), pattern,
                Actor.current().name(), clock.instant());
        flash.addFlashAttribute("saved", true);
        return "redirect:" + back;
    }

    @PostMapping("/admin/culture/reset")
    String reset(@RequestParam String key, @RequestParam String profile, @RequestParam String language,
                 RedirectAttributes flash) {
        boolean any = JdbcTemplateOverrides.ANY_PROFILE.equals(profile);
        Selection s = select(key, any ? "DEFAULT" : profile, language);
        overrides.delete(s.key(), any ? JdbcTemplateOverrides.ANY_PROFILE : s.profile().name(), s.language());
        flash.addFlashAttribute("saved", true);
        return "redirect:" + back(s);
    }

    private static String back(Selection s) {
        return UriComponentsBuilder.fromPath("/admin/culture").queryParam("key", s.key())
                .queryParam("profile", s.profile().name()).queryParam("language", s.language()).build().toUriString();
    }
}
