package io.globaldesk.platform.web.ui;

import java.util.List;
import java.util.Locale;

import io.globaldesk.platform.i18n.SupportedLocales;
import io.globaldesk.platform.security.Actor;
import io.globaldesk.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page's layout needs: who is signed in, which navigation their role gets, and the language choices. Added
 * only when a view is rendered, so JSON API calls never pay for it.
 */
@Configuration(proxyBeanMethods = false)
class ViewModelAdvice implements WebMvcConfigurer, HandlerInterceptor {

    private static final List<String> LANGUAGES = SupportedLocales.ALL.stream().map(Locale::getLanguage).toList();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) return;
        Actor actor = Actor.currentOrNull();
        view.addObject("actor", actor);
        view.addObject("isStaff", actor != null && actor.isStaff());
        view.addObject("isLead", actor != null && actor.hasAtLeast(Role.SUPPORT_LEAD));
        view.addObject("isAdmin", actor != null && actor.hasAtLeast(Role.ADMIN));
        view.addObject("isCustomer", actor != null && actor.isCustomer());
        view.addObject("languages", LANGUAGES);
    }
}
