package io.globaldesk.directory.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.globaldesk.platform.web.ConflictException;
import io.globaldesk.platform.web.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Browser forms reuse the API's request records and their constraints: a form is turned into the same record,
 * validated the same way, and its errors are flashed back to the page it came from.
 */
@Component
class FormSupport {

    private final Validator validator;

    FormSupport(Validator validator) {
        this.validator = validator;
    }

    /** Runs {@code action} if {@code body} is valid; returns the redirect target either way. */
    <T> String submit(T body, Runnable action, String success, String failure, RedirectAttributes flash) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            flash.addFlashAttribute("formErrors", violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> new InvalidInputException.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
            return "redirect:" + failure;
        }
        return attempt(action, success, failure, flash);
    }

    String attempt(Runnable action, String success, String failure, RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("saved", true);
            return "redirect:" + success;
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("formErrors", e.errors());
        } catch (ConflictException e) {
            flash.addFlashAttribute("formErrors", List.of(new InvalidInputException.FieldError(e.field(), e.getMessage())));
        }
        return "redirect:" + failure;
    }

    static <T> T orNull(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "a, b ,c" → [a, b, c]; blank → empty. */
    static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) return List.of();
        return Arrays.stream(commaSeparated.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
