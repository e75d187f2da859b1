package io.customerlens.security;

import io.customerlens.web.HttpErrors;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * HTTP access: {@code /graphql} and the JSON endpoints under {@code /api} need a caller (an API key, or anonymous
 * access when it is on); which fields a caller may use is decided per field by {@link AccessDirectives}. Health is open; the other actuator endpoints
 * are for admins; file uploads to {@code /import/**} for editors. The GraphiQL page itself is open: it is static
 * and sends the key the user types in its headers tab.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeys apiKeys, WrongKeyThrottle throttle) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable) // no cookies or sessions: a key travels with every request
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, throttle), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the second dispatch of a request answered asynchronously: it was authorized at its first
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/graphql", "/graphql/**", "/api/**").authenticated()
                        .requestMatchers("/import/**").hasRole(Role.EDITOR.name())
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> HttpErrors.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
                                "an API key is required: send it in the " + ApiKeyAuthenticationFilter.HEADER
                                        + " header"))
                        .accessDeniedHandler((request, response, e) -> HttpErrors.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "this API key may not use "
                                        + request.getRequestURI())))
                .build();
    }
}
