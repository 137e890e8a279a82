package io.globaldesk.platform.security;

import io.globaldesk.platform.GlobalDeskProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two doors: the JSON API ({@code /api/**}, {@code /actuator/**}) takes bearer tokens, keeps no session and needs no
 * CSRF token; the browser UI takes a form login with a session and CSRF-protected forms. Cross-origin requests follow
 * the {@code corsConfigurationSource} bean a module declares (the assistant's widget); without one, same origin only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No tracing of the filter chain, authentication or authorization: with observations merely switched off by a
     * property, Spring Security still wraps every filter of every request in an observation decorator.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemEntryPoint problemEntryPoint(MessageSource messages, LocaleResolver locales) {
        return new ProblemEntryPoint(messages, locales);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenAuthority tokens, GlobalDeskProperties properties,
                                 ProblemEntryPoint problems) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(new BearerTokenFilter(tokens, properties, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                                 LoginThrottle throttle) throws Exception {
        http.authenticationProvider(new ThrottledAuthenticationProvider(users, encoder, throttle))
                .cors(Customizer.withDefaults())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/widget/**", "/webjars/**", "/favicon.ico", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/help", "/help/**").permitAll()
                        .requestMatchers("/admin/tokens/**", "/admin/users/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("SUPPORT_LEAD")
                        .requestMatchers("/portal/**").hasRole("CUSTOMER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + (e instanceof LockedException ? "/login?throttled" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
