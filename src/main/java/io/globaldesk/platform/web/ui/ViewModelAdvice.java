package io.globaldesk.platform.web.ui;

import java.util.List;
import java.util.Locale;

import io.globaldesk.platform.i18n.SupportedLocales;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, which navigation their role gets, and the language choices. */
@ControllerAdvice(annotations = Controller.class)
class ViewModelAdvice {

    @ModelAttribute("actor")
    Actor actor() {
        return Actor.currentOrNull();
    }

    @ModelAttribute("isStaff")
    boolean isStaff() {
        Actor actor = Actor.currentOrNull();
        return actor != null && actor.isStaff();
    }

    @ModelAttribute("isLead")
    boolean isLead() {
        Actor actor = Actor.currentOrNull();
        return actor != null && actor.hasAtLeast(Role.SUPPORT_LEAD);
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        Actor actor = Actor.currentOrNull();
        return actor != null && actor.hasAtLeast(Role.ADMIN);
    }

    @ModelAttribute("isCustomer")
    boolean isCustomer() {
        Actor actor = Actor.currentOrNull();
        return actor != null && actor.isCustomer();
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return SupportedLocales.ALL.stream().map(Locale::getLanguage).toList();
    }
}
